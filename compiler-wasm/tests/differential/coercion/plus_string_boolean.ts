const t = true;
const f = false;
console.log("a" + t, t + "a", "" + f, f + "", "x" + (1 < 2), (1 > 2) + "x");
console.log(t + 1 + "s", "s" + t + 1, "s" + (t + 1), `${t}${f}`, String(t) + String(f));
