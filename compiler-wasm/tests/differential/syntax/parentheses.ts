const a = ((((1))));
const b = (((a + 2)) * ((3)));
const s = ("x");
console.log(a, b, (s), ((s + s)).length, (((true))) ? "t" : "f", -(-(-(a))));
