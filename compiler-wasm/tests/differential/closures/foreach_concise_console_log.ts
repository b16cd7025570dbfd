// Regression (was pending): console.log as the expression body of a callback is not resolved: node prints "1" and "2", dx rejects it with DX0201 (unknown identifier `console`); a block body `(x) => { console.log(x); }` works.
[1, 2].forEach((x) => console.log(x));
