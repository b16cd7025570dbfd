function nth(list: string, n: number): string {
  let rest = list;
  for (let i = 0; i < n; i++) rest = rest.slice(rest.indexOf(" ") + 1);
  return rest.slice(0, rest.indexOf(" "));
}
function small(n: number): string {
  return nth("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen ", n);
}
function tens(n: number): string {
  return nth("twenty thirty forty fifty sixty seventy eighty ninety ", n - 2);
}
function words(n: number): string {
  if (n < 20) return small(n);
  if (n < 100) return tens(Math.floor(n / 10)) + (n % 10 === 0 ? "" : "-" + small(n % 10));
  if (n < 1000) return small(Math.floor(n / 100)) + " hundred" + (n % 100 === 0 ? "" : " and " + words(n % 100));
  return words(Math.floor(n / 1000)) + " thousand" + (n % 1000 === 0 ? "" : " " + words(n % 1000));
}
console.log(words(0), "|", words(13), "|", words(40), "|", words(99), "|", words(101), "|", words(342), "|", words(12345));
