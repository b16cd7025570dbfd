function forms(x: number) {
  const a = String(x);
  const b = `${x}`;
  const c = "" + x;
  const d = x + "";
  const e = x.toString();
  console.log(a, a === b && b === c && c === d && d === e);
}
forms(0);
forms(-0);
forms(1.5);
forms(-1e-7);
forms(1e21);
forms(123456789012345680000);
forms(0 / 0);
forms(-1 / 0);
forms(5e-324);
