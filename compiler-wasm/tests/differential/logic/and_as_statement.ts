function act(name: string) {
  console.log("act", name);
}
const x = 5;
x > 3 && act("x > 3");
x < 3 && act("x < 3");
x === 5 && x > 0 && act("both");
x ? act("truthy branch") : act("falsy branch");
x - 5 ? act("truthy branch") : act("falsy branch");
