// Registry rows for the matrix_ family (see js/registry/crypto.js for the row format).
export default [];
