function f(n: number): string {
  let out = "";
  switch (n) {
    case 1:
      out += "one ";
    default:
      out += "default ";
    case 2:
      out += "two ";
      break;
    case 3:
      out += "three ";
  }
  return out;
}
console.log(f(1), "|", f(2), "|", f(3), "|", f(4), "|");
