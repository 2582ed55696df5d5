// The package's one clock: milliseconds from performance.now() where the engine has it
// (bound once: `performance` is an accessor on Node's global object, and reading it on
// every call of a microsecond-long operation is a measurable share), else Date.now().
export const now = typeof performance === 'object' ? performance.now.bind(performance) : Date.now;
