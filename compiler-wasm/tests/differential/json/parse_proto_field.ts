// Regression (was pending): a field named `__proto__` is lost between JS and dx (the host sets keys with `o[k] = v`, which sets the prototype): node prints "1 {"__proto__":1}", dx prints "NaN {"[object Object]":null}".
const k = JSON.parse('{"__proto__": 1}') as { __proto__: number };
console.log(k.__proto__, JSON.stringify(k));
