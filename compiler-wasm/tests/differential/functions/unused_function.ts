function neverCalled(x: number): number {
  return x / 0;
}
function used(x: number): number {
  return x + 1;
}
console.log(used(1));
