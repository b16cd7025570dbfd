interface Row {
  id: number;
  label: string;
}
interface Table {
  rows: Row[];
  name: string;
}
function build(n: number, start: number): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < n; i++) {
    rows.push({ id: start + i, label: "row " + (start + i) });
  }
  return rows;
}
const t: Table = { rows: build(3, 1), name: "t" };
console.log(t);
t.rows = t.rows.concat(build(2, 4));
console.log(t.rows.length, t.rows[4].label);
const updated = t.rows.map((r, i) => (i % 2 === 0 ? { ...r, label: r.label + " !!!" } : r));
console.log(updated.map((r) => r.label).join("|"));
const swapped = updated.slice();
const tmp = swapped[1];
swapped[1] = swapped[3];
swapped[3] = tmp;
console.log(swapped.map((r) => r.id));
console.log(updated.filter((r) => r.id !== 2).map((r) => r.id));
