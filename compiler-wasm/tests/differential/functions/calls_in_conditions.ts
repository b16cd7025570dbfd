function isPrime(n: number): boolean {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return true;
}
let primes = "";
for (let i = 0; i < 50; i++) if (isPrime(i)) primes += i + " ";
console.log(primes);
let n = 90;
while (!isPrime(n)) n++;
console.log("next prime after 90:", n);
