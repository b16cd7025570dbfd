function which(n: number): string {
  let r = "";
  switch (n) {
    case 1 + 1:
      r = "two";
      break;
    case 2 * 2:
      r = "four";
      break;
    case Math.floor(5.5):
      r = "five";
      break;
    case -0:
      r = "zero";
      break;
    default:
      r = "other";
  }
  return r;
}
console.log(which(2), which(4), which(5), which(0), which(-0), which(3));
