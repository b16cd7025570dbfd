interface R {
  id: number;
  name: string;
}
const rs: R[] = [];
for (let i = 0; i < 10000; i++) rs.push({ id: i, name: "n" + i });
console.log(rs.filter((r) => r.id % 1000 === 0).map((r) => r.name).join(","));
const updated = rs.map((r) => ({ ...r, id: r.id * 2 }));
console.log(updated[9999], rs[9999]);
rs.forEach((r) => {
  if (r.id % 2 === 0) r.name = r.name.toUpperCase();
});
console.log(rs.slice(0, 3), updated.slice(0, 3));
console.log(rs.reduce((s, r) => s + r.id, 0), updated.reduce((s, r) => s + r.name.length, 0));
