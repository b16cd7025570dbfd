const zero = 0;
const empty = "";
console.log(zero ? 1 : 2, empty ? 1 : 2, "0" ? 1 : 2, -0 ? 1 : 2, 0.1 ? 1 : 2, !zero, !empty, !!"x");
console.log(zero || 5, 3 || 5, empty || "fallback", "a" && "b", zero && 7, "" && "never");
console.log(zero ?? 9, empty ?? "x", true && false, true || false, !true);
