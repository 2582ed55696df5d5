// Registry rows for the science_ family (see js/registry/crypto.js for the row format).
export default [];
