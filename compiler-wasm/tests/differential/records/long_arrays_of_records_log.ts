interface Row {
  id: number;
  label: string;
  on: boolean;
}
const rows: Row[] = [];
for (let i = 0; i < 8; i++) rows.push({ id: i, label: "row number " + i, on: i % 2 === 0 });
console.log(rows);
const tiny: { n: number }[] = [];
for (let i = 0; i < 30; i++) tiny.push({ n: i });
console.log(tiny);
const withNums = { name: "nums", values: [1, 22, 333, 4444, 55555, 666666, 7777777, 88888888] };
console.log(withNums);
console.log(JSON.stringify(rows).length, JSON.stringify(tiny).slice(0, 40));
