interface Sale {
  item: string;
  qty: number;
  price: number;
}
const sales: Sale[] = [];
const items = ["pen", "ink", "pad"];
for (let i = 0; i < 30; i++) {
  sales.push({ item: items[i % 3], qty: (i % 4) + 1, price: 0.1 * ((i % 5) + 1) });
}
const total = sales.reduce((s, x) => s + x.qty * x.price, 0);
console.log(total, Math.round(total * 100) / 100);
const perItem = items.map((it) => sales.filter((s) => s.item === it).reduce((n, s) => n + s.qty, 0));
console.log(perItem);
const best = sales.reduce((b, s) => (s.qty * s.price > b.qty * b.price ? s : b), sales[0]);
console.log(best, sales.findIndex((s) => s === best));
console.log(sales.slice(0, 3));
