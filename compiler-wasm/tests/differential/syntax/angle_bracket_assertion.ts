// regression, fixed (was pending): DX0001 "Unexpected token": `<number>n` is a type assertion in a .ts file
// (it is JSX only in .tsx), and the hint says dx parses "like tsc". node prints "5".
const n = 4;
console.log(<number>n + 1);
