const e: number[] = [];
console.log(e.map((x) => x * 2), e.filter((x) => x > 0), e.reduce((a, x) => a + x, 0));
console.log(e.reduce((a, x) => a + "," + x, "start"));
console.log(JSON.stringify(e.join()), JSON.stringify(e.join("-")), e.join("").length);
console.log(e.slice(), e.slice(1), e.slice(-1, 5), e.concat(e), e.concat([1]), [1].concat(e));
console.log(e.splice(0, 0), e.splice(0, 5), e.splice(-3), e, e.length);
console.log(e.some((x) => x > 0), e.every((x) => x > 0), e.findIndex((x) => x === 0));
console.log(e.indexOf(0), e.includes(0), e.indexOf(NaN), e.includes(NaN));
console.log(e.reverse(), [...e], [...e, ...e]);
let calls = 0;
e.forEach((x) => {
  calls += x + 1;
});
for (const x of e) calls += x;
console.log(calls);
const s: string[] = [];
console.log(s, s.join(), s.map((x) => x + "!"), s.filter((x) => x.length > 0).length);
