let big = 2147483647;
big = big + 1;
console.log(big, big * 2, 9007199254740992 + 1, 4294967296 * 4294967296);
let x = 1;
for (let i = 0; i < 70; i++) {
  x = x * 2;
}
console.log(x, x + 1 === x);
