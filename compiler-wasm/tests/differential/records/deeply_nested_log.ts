interface Leaf {
  v: number;
}
interface Mid {
  leaf: Leaf;
  tag: string;
}
interface Top {
  mid: Mid;
  list: Mid[];
}
interface Root {
  top: Top;
}
const leaf: Leaf = { v: 1 };
const mid: Mid = { leaf: leaf, tag: "m" };
const top: Top = { mid: mid, list: [mid, { leaf: { v: 2 }, tag: "n" }] };
const root: Root = { top: top };
console.log(leaf);
console.log(mid);
console.log(top);
console.log(root);
console.log([root]);
console.log(JSON.stringify(root));
