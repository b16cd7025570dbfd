interface User {
  name: string;
  age: number;
  admin: boolean;
}
const u: User = { name: "Ada", age: 36, admin: true };
console.log(u);
console.log(u.name, u.age, u.admin);
const weird: User = { name: "it's \"quoted\"\nnext line", age: -0, admin: false };
console.log(weird);
const nan: User = { name: "", age: NaN, admin: false };
console.log(nan, { name: "ü😀", age: Infinity, admin: true });
