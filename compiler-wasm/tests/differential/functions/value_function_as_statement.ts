function noisy(n: number): number {
  console.log("noisy called with", n);
  return n * 10;
}
noisy(1);
noisy(noisy(2));
const kept = noisy(3);
console.log("kept", kept);
