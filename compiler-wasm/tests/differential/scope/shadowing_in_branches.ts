const n = 5;
let result = "";
if (n > 3) {
  const n = "big";
  result = n;
} else {
  const n = "small";
  result = n;
}
console.log(result, n);
