function sign(n: number): string {
  if (n > 0) {
    return "+";
  } else if (n < 0) {
    return "-";
  } else {
    return "0";
  }
}
console.log(sign(5), sign(-5), sign(0), sign(-0), sign(0 / 0));
