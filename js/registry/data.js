// Registry rows for the data_ family (see js/registry/crypto.js for the row format).
export default [];
