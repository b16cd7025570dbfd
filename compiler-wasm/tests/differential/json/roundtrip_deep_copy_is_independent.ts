interface Item {
  id: number;
  tags: string[];
}
const items: Item[] = [{ id: 1, tags: ["a"] }, { id: 2, tags: [] }];
const copy = JSON.parse(JSON.stringify(items)) as Item[];
copy[0].tags.push("b");
copy[1].id = 20;
copy.push({ id: 3, tags: ["c"] });
console.log(items, copy);
console.log(JSON.stringify(items) === JSON.stringify(copy));
