// regression, fixed (was pending): DX0401 "`countdown` calls itself, so its result type must be written down", with the
// hint "annotate it: `function countdown(…): number`", although it is annotated `: void` and
// returns nothing (without the annotation the same error). node prints "3", "2", "1".
function countdown(n: number): void {
  if (n === 0) return;
  console.log(n);
  countdown(n - 1);
}
countdown(3);
