function match(x: number): string {
  let r = "";
  switch (x) {
    case 0 / 0:
      r = "nan";
      break;
    case 0:
      r = "zero";
      break;
    case Infinity:
      r = "inf";
      break;
    default:
      r = "default";
  }
  return r;
}
console.log(match(0 / 0), match(0), match(-0), match(1 / 0), match(-1 / 0));
