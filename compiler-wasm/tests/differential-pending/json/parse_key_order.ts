// pending: JSON.parse(s) as T rebuilds the record in T's field order, JS keeps the text's key order: node prints "{ y: 1, x: 2 } {"y":1,"x":2}", dx prints "{ x: 2, y: 1 } {"x":2,"y":1}" (same cause as records/literal_key_order).
const p = JSON.parse('{"y":1,"x":2}') as { x: number; y: number };
console.log(p, JSON.stringify(p));
