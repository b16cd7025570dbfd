let i = 0;
let out = "";
while (i < 5) {
  out += i;
  i++;
}
console.log(out, i);
let never = 0;
while (never > 0) {
  never = never + 100;
}
console.log("never", never);
