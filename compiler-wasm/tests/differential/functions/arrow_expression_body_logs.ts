// regression, fixed (was pending): DX0201 "unknown identifier `console`" for an arrow function whose
// expression body is `console.log(…)`; the same call in a block body works. node prints "say hi".
const say = (s: string) => console.log("say", s);
say("hi");
