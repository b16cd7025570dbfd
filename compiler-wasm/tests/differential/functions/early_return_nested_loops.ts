function findPair(target: number): string {
  for (let a = 1; a < 20; a++) {
    for (let b = a; b < 20; b++) {
      if (a * a + b * b === target) return `${a}^2+${b}^2`;
    }
  }
  return "none";
}
console.log(findPair(25), findPair(50), findPair(3), findPair(2));
