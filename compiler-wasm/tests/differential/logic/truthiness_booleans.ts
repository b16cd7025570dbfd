const t = true;
const f = false;
console.log(t ? 1 : 2, f ? 1 : 2, !t, !f, !!t, !!f, !!!t);
if (t) console.log("t is truthy");
if (!f) console.log("f is falsy");
if (f) console.log("never");
