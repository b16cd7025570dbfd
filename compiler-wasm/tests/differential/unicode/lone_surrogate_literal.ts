// regression, fixed (was pending): a string literal with a lone surrogate escape reaches wasm as U+FFFD replacement
// characters. node: "1 55357 56832"; dx: "5 65533 65533".
const s = "\uD83D";
console.log(s.length, s.charCodeAt(0), "x\uDE00y".charCodeAt(1));
