const xs: number[] = [];
console.log(xs.push(1), xs);
console.log(xs.push(2) + xs.push(3), xs);
console.log(xs.unshift(-1), xs);
const n = xs.unshift(-2);
console.log(n, xs);
console.log(xs.push(xs.length), xs);
const s: string[] = ["m"];
console.log(s.unshift("a"), s.push("z"), s.join(""));
