// Regression (was pending): a record field named `length` cannot be read: node prints "3", dx rejects `r.length` with DX0204 ("`.length` of a object").
const r = { length: 3 };
console.log(r.length);
