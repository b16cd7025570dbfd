// regression, fixed (was pending): DX0401 "this expression has no effect in a handler" for `f() ?? g();` as a statement.
// node prints "act left" only.
function act(name: string): number {
  console.log("act", name);
  return 1;
}
act("left") ?? act("right");
