// Registry rows for the numeric_ family (see js/registry/crypto.js for the row format).
export default [];
