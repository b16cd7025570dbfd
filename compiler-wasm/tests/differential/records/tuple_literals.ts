// Short literals of items of different types are pairs (tuples): JSON writes them as arrays,
// `Object.fromEntries` and destructuring read them by position.
const pair = ["a", 1];
console.log(JSON.stringify(pair));
console.log(pair[0], pair[1] + 1);
const m = Object.fromEntries(["x", "y"].map((k, i) => [k, i * 2]));
console.log(JSON.stringify(m), m.x, m.y);
const people = [{ id: "p1", age: 30 }, { id: "p2", age: 41 }];
const byId = Object.fromEntries(people.map((p) => [p.id, p]));
console.log(byId.p2.age, Object.keys(byId).join());
const [name, count] = ["n", 3];
console.log(name, count * 2);
const triple = [true, "t", 7];
console.log(JSON.stringify(triple), triple[0] ? triple[1] : "no");
