function diamond(n: number): string {
  let out = "";
  for (let i = -n + 1; i < n; i++) {
    const width = n - Math.abs(i);
    out += " ".repeat(n - width) + "*".repeat(2 * width - 1) + "\n";
  }
  return out;
}
console.log(diamond(4));
console.log("[" + diamond(0) + "]", diamond(1).length);
