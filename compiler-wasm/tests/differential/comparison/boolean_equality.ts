const t = true;
const f = false;
console.log(t === t, t === f, f === f, t !== f, t == t, t != f, f != f);
console.log((1 < 2) === true, (1 > 2) === false, !t === f, !f === t, (t !== f) === t);
