function female(n: number): number {
  return n === 0 ? 1 : n - male(female(n - 1));
}
function male(n: number): number {
  return n === 0 ? 0 : n - female(male(n - 1));
}
let fs = "";
let ms = "";
for (let i = 0; i < 15; i++) {
  fs += female(i) + " ";
  ms += male(i) + " ";
}
console.log(fs);
console.log(ms);
