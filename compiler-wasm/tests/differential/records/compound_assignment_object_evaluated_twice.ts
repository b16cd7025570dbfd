// Regression (was pending): `f().x += v` (and `f().x++`) evaluates the object expression twice: node prints "get" then "{ x: 2 }", dx prints "get", "get", "{ x: 2 }".
function get(p: { x: number }): { x: number } {
  console.log("get");
  return p;
}
const p = { x: 1 };
get(p).x += 1;
console.log(p);
