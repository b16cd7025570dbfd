function gcdSteps(a: number, b: number): string {
  let log = "";
  while (b !== 0) {
    log += `${a}=${Math.floor(a / b)}*${b}+${a % b}; `;
    const t = b;
    b = a % b;
    a = t;
  }
  return log + "gcd " + a;
}
console.log(gcdSteps(1071, 462));
console.log(gcdSteps(17, 5));
