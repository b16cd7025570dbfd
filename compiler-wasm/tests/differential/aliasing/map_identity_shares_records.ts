interface Item {
  n: number;
}
const items: Item[] = [{ n: 1 }, { n: 2 }, { n: 3 }];
const same = items.map((i) => i);
const filtered = items.filter((i) => i.n > 1);
same[0].n = 10;
filtered[0].n = 20;
console.log(items, same === items, same[2] === items[2]);
const cloned = items.map((i) => ({ ...i }));
cloned[2].n = 30;
console.log(items[2].n, cloned[2].n);
