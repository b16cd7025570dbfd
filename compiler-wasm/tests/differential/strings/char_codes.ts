function checksum(s: string): number {
  let sum = 0;
  for (let i = 0; i < s.length; i++) sum = (sum * 31 + s.charCodeAt(i)) % 1000000007;
  return sum;
}
console.log("A".charCodeAt(0), "a".charCodeAt(0), "0".charCodeAt(0), " ".charCodeAt(0), "\n".charCodeAt(0), "~".charCodeAt(0));
console.log(checksum(""), checksum("hello"), checksum("Hello, World!"), checksum("😀"));
