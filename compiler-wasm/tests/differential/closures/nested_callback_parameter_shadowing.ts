const rows = [[1, 2], [3]];
console.log(rows.map((x) => x.map((x) => x * 2)));
console.log(rows.map((r) => r.filter((x) => x > 1).length));
console.log(rows.map((x, i) => x.map((y, i) => y * 10 + i)));
