function count(haystack: string, needle: string): number {
  if (needle === "") return haystack.length + 1;
  let n = 0;
  let rest = haystack;
  let i = rest.indexOf(needle);
  while (i !== -1) {
    n++;
    rest = rest.slice(i + needle.length);
    i = rest.indexOf(needle);
  }
  return n;
}
console.log(count("banana", "a"), count("banana", "an"), count("banana", "ana"), count("aaaa", "aa"), count("abc", "z"), count("abc", ""));
