function isArmstrong(n: number): boolean {
  const digits = String(n);
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    sum += Math.pow(digits.charCodeAt(i) - 48, digits.length);
  }
  return sum === n;
}
let found = "";
for (let n = 1; n < 100000; n++) if (isArmstrong(n)) found += n + " ";
console.log(found);
