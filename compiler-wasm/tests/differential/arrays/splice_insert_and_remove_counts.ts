const a = [1, 2, 3, 4, 5];
console.log(a.splice(1, 1, 20, 21, 22, 23), a, a.length);
console.log(a.splice(2, 4, 99), a, a.length);
console.log(a.splice(0, 0, -2, -1), a);
console.log(a.splice(a.length, 0, 100, 101), a);
console.log(a.splice(1, 3), a);
console.log(a.splice(0, a.length, 7), a);
const s = ["a", "b", "c"];
console.log(s.splice(1, 1, "x", "y"), s.join(""));
console.log(s.splice(0, 3, "z"), s);
const grow: number[] = [];
for (let i = 0; i < 5; i++) {
  grow.splice(Math.floor(grow.length / 2), 0, i);
}
console.log(grow);
while (grow.length > 1) {
  grow.splice(1, 1);
}
console.log(grow);
