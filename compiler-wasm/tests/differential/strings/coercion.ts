console.log("a" + 1, 1 + "a", "a" + true, true + 1, false + false, "" + 0.5);
console.log(String(true), String(false), String(12), `${true}-${1}`);
console.log(Number("42"), Number(" 42 "), Number(""), Number("4x"), Number("0x10"), Number(true), parseInt("42px"), parseFloat("3.5e2x"));
