const s = ["a", "b", "c", "d", "e"];
const cut = s.splice(1, 2, "X", "Y", "Z");
console.log(cut, s);
const first = s.shift();
const len = s.unshift("first");
console.log(first, len, s);
s.reverse();
const last = s.pop();
console.log(s, last);
const t = s.slice(1, 4);
t[0] = t[0] + t[1];
console.log(s, t, s.concat(t), [...t, ...s].join(""));
const u = s.concat(["q"]);
u.splice(0, u.length);
console.log(u, s.length);
for (let i = 0; i < 1000; i++) {
  s.push("p" + i);
  s.shift();
}
console.log(s);
