// Registry rows for the search_ family (see js/registry/crypto.js for the row format).
export default [];
