function yesNo(b: boolean): string {
  return "answer: " + b;
}
console.log(yesNo(true), yesNo(false), yesNo(1 === 1), yesNo("a" > "b"));
let flags = "";
for (let i = 0; i < 4; i++) flags += i % 2 === 0;
console.log(flags);
