// pending: a module-level function cannot assign a top-level `let` of a .ts program: node prints "6", dx rejects it with DX0206 (`sum` is not state or a `let` variable); see function_reads_module_const.
let sum = 0;
function add(x: number): void {
  sum += x;
}
[1, 2, 3].forEach((x) => add(x));
console.log(sum);
