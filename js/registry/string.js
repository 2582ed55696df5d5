// Registry rows for the string_ family (see js/registry/crypto.js for the row format).
export default [];
