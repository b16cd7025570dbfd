function f(n: number): string {
  let out = "";
  switch (n) {
    case 1: {
      let tmp = "one";
      out += tmp;
      break;
    }
    case 2: {
      let tmp = 2;
      out += tmp * 2;
      break;
    }
  }
  const tmp = "!";
  return out + tmp;
}
console.log(f(1), f(2), f(3));
