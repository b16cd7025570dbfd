function classify(n: number): string {
  if (n < 0) {
    return "negative";
  } else if (n === 0) {
    return "zero";
  } else if (n < 10) {
    return "small";
  } else if (n < 100) {
    return "medium";
  } else {
    return "large";
  }
}
console.log(classify(-5), classify(-0), classify(0), classify(5), classify(50), classify(500), classify(0 / 0));
