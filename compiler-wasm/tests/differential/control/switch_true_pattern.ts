function size(n: number): string {
  let r = "";
  switch (true) {
    case n < 0:
      r = "negative";
      break;
    case n < 10:
      r = "small";
      break;
    case n < 100:
      r = "medium";
      break;
    default:
      r = "large or NaN";
  }
  return r;
}
console.log(size(-1), size(5), size(50), size(500), size(0 / 0));
