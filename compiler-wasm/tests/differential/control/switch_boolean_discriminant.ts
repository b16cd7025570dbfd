function f(b: boolean): string {
  let r = "";
  switch (b) {
    case false:
      r += "F";
    case true:
      r += "T";
  }
  return r;
}
console.log(f(true), f(false), f(1 > 0), f("" === "x"));
