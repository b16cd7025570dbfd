let out = "";
const v = 2;
switch (v) {
  case 2:
    out += "first";
    break;
  case 2:
    out += "second";
    break;
}
console.log(out);
