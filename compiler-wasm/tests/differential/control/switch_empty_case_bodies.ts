let out = "";
for (let i = 0; i < 5; i++) {
  switch (i) {
    case 0:
    case 1:
    case 2:
      out += "low";
      break;
    case 3:
      break;
    case 4:
  }
  out += ",";
}
console.log(out);
