interface Doc {
  title: string;
  tags: string[];
  meta: { views: number };
}
const d: Doc = { title: "t", tags: ["a"], meta: { views: 0 } };
const e = { ...d, title: "e" };
e.tags.push("b");
e.meta.views++;
console.log(d, e);
e.tags = [...e.tags, "c"];
console.log(d.tags, e.tags);
const arr = [d, e];
const arr2 = [...arr];
arr2[0].title = "changed";
arr2.push({ ...d });
console.log(arr.length, arr2.length, d.title, arr2[2] === d);
