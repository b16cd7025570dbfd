function sort3(a: string, b: string, c: string): string {
  let x = a;
  let y = b;
  let z = c;
  let t = "";
  if (x > y) { t = x; x = y; y = t; }
  if (y > z) { t = y; y = z; z = t; }
  if (x > y) { t = x; x = y; y = t; }
  return x + "," + y + "," + z;
}
console.log(sort3("pear", "apple", "fig"), sort3("b", "a", "B"), sort3("", "a", " "), sort3("10", "9", "1"));
