interface Bag {
  name: string;
  items: string[];
  counts: number[];
}
const bag: Bag = { name: "b", items: [], counts: [] };
bag.items.push("apple");
bag.items.push("pear");
bag.counts.push(3);
bag.counts[0] += 2;
bag.counts.push(bag.items.length);
console.log(bag);
console.log(bag.items.join("+"), bag.counts.reduce((a, x) => a + x, 0));
bag.items = bag.items.filter((i) => i !== "apple");
console.log(bag, bag.items.length);
const bags: Bag[] = [bag, { name: "c", items: ["x"], counts: [1, 2, 3] }];
console.log(bags);
console.log(bags.map((b) => b.items.length + b.counts.length));
