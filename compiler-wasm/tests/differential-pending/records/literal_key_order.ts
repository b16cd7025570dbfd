// pending: dx lays a record out in its type's field order, JS in the literal's key order: node prints "{ y: 2, x: 1 } {"y":2,"x":1}", dx prints "{ x: 1, y: 2 } {"x":1,"y":2}".
const p: { x: number; y: number } = { y: 2, x: 1 };
console.log(p, JSON.stringify(p));
