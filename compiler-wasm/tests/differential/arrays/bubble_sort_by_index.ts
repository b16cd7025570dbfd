function sortNumbers(input: number[]): number[] {
  const a = input.slice();
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j + 1 < a.length - i; j++) {
      if (a[j] > a[j + 1]) {
        const t = a[j];
        a[j] = a[j + 1];
        a[j + 1] = t;
      }
    }
  }
  return a;
}
const xs = [5, -1, 3.5, 0, -0, 100, 2];
console.log(sortNumbers(xs), xs);
const words = ["pear", "apple", "fig"];
for (let i = 1; i < words.length; i++) {
  let j = i;
  while (j > 0 && words[j - 1] > words[j]) {
    const t = words[j];
    words[j] = words[j - 1];
    words[j - 1] = t;
    j--;
  }
}
console.log(words);
