// Registry rows for the image_ family (see js/registry/crypto.js for the row format).
export default [];
