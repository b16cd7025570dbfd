function sum(
  a: number,
  b: number,
): number {
  return a + b;
}
console.log(
  sum(1, 2,),
  Math.max(1, 2, 3,),
  "done",
);
