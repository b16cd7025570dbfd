function row(n: number): string {
  let out = "1";
  let c = 1;
  for (let k = 1; k <= n; k++) {
    c = (c * (n - k + 1)) / k;
    out += " " + c;
  }
  return out;
}
console.log(row(0));
console.log(row(5));
console.log(row(20));
console.log(row(60).length);
