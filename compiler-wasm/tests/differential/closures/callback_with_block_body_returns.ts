const xs = [-3, -1, 0, 2, 5, 8];
const classes = xs.map((x) => {
  if (x < 0) return "neg";
  if (x === 0) {
    return "zero";
  }
  for (let d = 2; d < x; d++) {
    if (x % d === 0) return "composite";
  }
  return "prime-ish";
});
console.log(classes);
const picked = xs.filter((x) => {
  let n = x;
  while (n > 1) {
    if (n % 2 !== 0) return false;
    n = n / 2;
  }
  return n === 1;
});
console.log(picked);
const total = xs.reduce((acc, x) => {
  if (x < 0) {
    return acc - x;
  }
  switch (x) {
    case 0:
      return acc;
    case 5:
      return acc + 50;
    default:
      return acc + x;
  }
}, 0);
console.log(total);
