interface List {
  title: string;
  items: number[];
}
const items = [1, 2];
const l1: List = { title: "one", items: items };
const l2: List = { title: "two", items: items };
items.push(3);
l1.items.push(4);
console.log(l1, l2, items);
l2.items = l2.items.slice();
l2.items.push(5);
console.log(l1.items, l2.items, items);
const grabbed = l1.items;
grabbed[0] = 100;
console.log(items[0], l1.items[0], l2.items[0]);
