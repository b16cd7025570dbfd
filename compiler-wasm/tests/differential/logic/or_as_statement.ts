// regression, fixed (was pending): DX0401 "this expression has no effect in a handler" for `a || f();` as a statement
// (`a && f();` is accepted). node prints "act x >= 3".
function act(name: string) {
  console.log("act", name);
}
const x = 5;
x > 3 || act("x <= 3");
x < 3 || act("x >= 3");
