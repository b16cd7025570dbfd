let out = "";
let i = 0;
while (i < 6) {
  i++;
  switch (i % 3) {
    case 0:
      continue;
    case 1:
      out += "one ";
      break;
    default:
      out += "other ";
  }
  out += i + " ";
}
console.log(out);
