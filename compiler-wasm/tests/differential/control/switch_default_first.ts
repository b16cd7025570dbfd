function f(n: number): string {
  let out = "";
  switch (n) {
    default:
      out += "default ";
    case 1:
      out += "one ";
      break;
    case 2:
      out += "two ";
  }
  return out;
}
console.log(f(1), "|", f(2), "|", f(3), "|");
