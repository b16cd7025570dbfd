interface Counter {
  n: number;
  label: string;
  on: boolean;
}
const c: Counter = { n: 0, label: "c", on: false };
c.n++;
c.n += 10;
c.n *= 3;
c.n -= 0.5;
c.n /= 2;
c.n %= 7;
c.label += "!";
c.label = c.label + c.n;
c.on = !c.on;
console.log(c);
++c.n;
c.n--;
--c.n;
console.log(c.n, c);
c.n = c.n * 100;
c.n += c.n;
console.log(c.n);
