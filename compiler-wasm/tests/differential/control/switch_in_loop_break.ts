let out = "";
for (let i = 0; i < 5; i++) {
  switch (i) {
    case 2:
      out += "two ";
      break;
    default:
      out += i + " ";
  }
  out += "; ";
}
console.log(out);
