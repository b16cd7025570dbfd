function describe(n: number): string {
  let out = "";
  switch (n) {
    case 1:
      out += "one ";
    case 2:
      out += "two ";
      break;
    case 3: {
      out += "three ";
      break;
    }
    default:
      out += "other ";
    case 4:
      out += "four";
  }
  return out;
}
for (let i = 0; i <= 5; i++) {
  console.log(i, describe(i));
}
