interface K {
  constructor: number;
  toString: string;
  valueOf: boolean;
  hasOwnProperty: number;
}
const k: K = { constructor: 1, toString: "s", valueOf: true, hasOwnProperty: 0 };
console.log(k, k.constructor + 1, k.toString, JSON.stringify(k));
const copy = { ...k, constructor: 4 };
console.log(copy, JSON.parse(JSON.stringify(copy)) as K);
