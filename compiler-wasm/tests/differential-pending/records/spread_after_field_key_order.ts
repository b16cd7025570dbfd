// pending: a field written before a spread keeps its first position in JS: node prints "{ y: 2, x: 1 }", dx prints "{ x: 1, y: 2 }" (the type's order; same cause as literal_key_order).
const p = { x: 1, y: 2 };
console.log({ y: 20, ...p });
