function f(a: number, b: string): string {
  let out = "";
  switch (a) {
    case 1:
      switch (b) {
        case "x":
          out += "1x ";
          break;
        case "y":
          out += "1y ";
        default:
          out += "1? ";
      }
      out += "after-inner ";
      break;
    case 2:
      out += "two ";
  }
  return out;
}
console.log(f(1, "x"), "|", f(1, "y"), "|", f(1, "z"), "|", f(2, "x"), "|", f(3, "x"));
