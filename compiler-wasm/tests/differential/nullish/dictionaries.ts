// Objects of fixed keys used as dictionaries: keys/values/entries, o[key], computed keys.
const stock = { apples: 3, pears: 0, plums: 7 };
const names = Object.keys(stock);
console.log(names, Object.values(stock), Object.entries(stock));
let restocked = stock;
for (const n of names) {
  if (restocked[n] === 0) restocked = { ...restocked, [n]: 10 };
}
console.log(restocked, stock.pears, restocked.pears);
const key = "plums";
console.log(stock[key], stock["apples"], Object.entries(stock).map(([n, c]) => n + "=" + c).join(";"));
