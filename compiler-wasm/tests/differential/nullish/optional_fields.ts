// Optional fields are `T | undefined`: missing in literals, ?? defaults, ?. reads, === undefined.
interface Item {
  name: string;
  qty?: number;
  note?: string;
}
const items: Item[] = [{ name: "pen", qty: 2 }, { name: "ink" }, { name: "pad", qty: 0, note: "blue" }];
for (const it of items) {
  console.log(it.name, it.qty ?? 1, it.qty === undefined, it.note?.length, `${it.note}`, it.note ?? "-");
}
const total = items.reduce((s, it) => s + (it.qty ?? 1), 0);
console.log(total, items.filter((it) => it.note !== undefined).length);
