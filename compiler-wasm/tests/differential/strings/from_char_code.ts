// Regression (was pending): String.fromCharCode is a row of the built-in table (docs/support.md lists it) but dx rejects it in programs: node prints "A", dx fails with DX0201 (unknown identifier `String`).
console.log(String.fromCharCode(65));
