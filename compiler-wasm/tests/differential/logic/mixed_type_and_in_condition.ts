// regression, fixed (was pending): DX0204 "the two sides are a boolean and a string" for `&&` whose value is
// only used as a condition, where no value of mixed type exists. node prints "all truthy".
const ready = true;
const name = "dx";
const count = 0;
if (ready && name && count + 1) console.log("all truthy");
