interface U {
  name: string;
  tags: string[];
  ok: boolean;
}
const us: U[] = [];
for (let i = 0; i < 5; i++) us.push({ name: "u" + i, tags: ["t" + i], ok: i % 2 === 0 });
const removed = us.splice(1, 2, { name: "new", tags: [], ok: true });
us.reverse();
us.unshift(removed[1]);
removed[1].name += "!";
removed[1].tags.push("moved");
console.log(us, removed);
console.log(JSON.stringify(us));
const copy = us.map((u) => ({ ...u, tags: [...u.tags, u.name] }));
us[0].tags.push("orig");
console.log(copy[0], us[0]);
