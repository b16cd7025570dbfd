function countdown(n: number): string {
  let out = "";
  switch (n) {
    case 3:
      out += "3 ";
    case 2:
      out += "2 ";
    case 1:
      out += "1 ";
    case 0:
      out += "go";
  }
  return out;
}
console.log(countdown(3), "|", countdown(2), "|", countdown(0), "|", countdown(7), "|");
