function forever(n: number): number {
  return forever(n + 1) + 1;
}
console.log("start");
console.log(forever(0));
console.log("never");
