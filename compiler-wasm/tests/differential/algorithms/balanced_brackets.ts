function balanced(s: string): boolean {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (c === "(") depth++;
    else if (c === ")") {
      depth--;
      if (depth < 0) return false;
    }
  }
  return depth === 0;
}
console.log(balanced("()"), balanced("(()())"), balanced(")("), balanced("(()"), balanced(""), balanced("a(b)c((d))"));
