const n = 5;
console.log(n > 3 ? "big" : "small", n > 3 ? true : false, n % 2 ? n * 2 : n / 2);
const s = "";
console.log(s ? s : "(empty)", s.length ? "has" : "none", !s ? 1 : 0, (n > 3 ? "a" : "b") + (n < 3 ? "c" : "d"));
