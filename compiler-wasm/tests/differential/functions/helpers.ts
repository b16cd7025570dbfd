const double = (x: number) => x * 2;
const greet = (name: string): string => "Hello, " + name + "!";
function clamp(x: number, lo: number, hi: number) {
  if (x < lo) return lo;
  if (x > hi) return hi;
  return x;
}
function shout(s: string, times: number) {
  let out = "";
  for (let i = 0; i < times; i++) out = out + s.toUpperCase();
  return out;
}
function logTwice(s: string) {
  console.log(s);
  console.log(s);
}
console.log(double(21), greet("dx"), clamp(15, 0, 10), clamp(-3, 0, 10), shout("ab", 3));
logTwice("twice");
