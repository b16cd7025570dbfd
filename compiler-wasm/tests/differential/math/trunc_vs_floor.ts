function row(x: number) {
  console.log(x, Math.trunc(x), Math.floor(x), Math.ceil(x), Math.round(x), x - Math.trunc(x));
}
row(2.7);
row(-2.7);
row(-2.5);
row(0.1);
row(-0.1);
