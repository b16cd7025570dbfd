let out = "";
switch (1) {
  case 1:
    out += "a";
    if (out.length > 0) break;
    out += "b";
  case 2:
    out += "c";
}
console.log(out);
