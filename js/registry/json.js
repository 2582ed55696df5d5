// Registry rows for the json_ family (see js/registry/crypto.js for the row format).
export default [];
