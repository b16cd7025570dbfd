let hits = 0;
const x = 5;
switch (x) {
  case 1:
    hits++;
    break;
  case 2:
    hits++;
}
switch (x) {
}
switch ("5") {
  case "05":
    hits += 10;
}
console.log("hits", hits);
