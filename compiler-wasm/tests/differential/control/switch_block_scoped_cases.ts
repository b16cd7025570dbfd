function f(n: number): string {
  switch (n) {
    case 1: {
      const label = "one";
      return label;
    }
    case 2: {
      const label = "two";
      return label + label;
    }
  }
  const label = "other";
  return label;
}
console.log(f(1), f(2), f(3));
