interface E {}
const e: E = {};
console.log(e, JSON.stringify(e), JSON.stringify([e, e]));
