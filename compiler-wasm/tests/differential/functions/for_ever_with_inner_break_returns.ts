// regression, fixed (was pending): DX0401 "`firstRepeat` can reach its end without returning a value": the `break`
// leaves only the inner loop, the outer `for (;;)` never ends; node prints "a []".
function firstRepeat(s: string): string {
  for (let i = 1; ; i++) {
    for (let j = 0; j < i; j++) {
      if (j >= s.length) break;
    }
    if (i >= s.length) return "";
    if (s.slice(0, i).includes(s.charAt(i))) return s.charAt(i);
  }
}
console.log(firstRepeat("abca"), "[" + firstRepeat("abc") + "]");
