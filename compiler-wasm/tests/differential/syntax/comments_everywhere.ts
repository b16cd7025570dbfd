// line comment
/* block comment */ const a = /* inline */ 1 + /* between */ 2; // trailing
/**
 * doc comment
 */
function f(/* param */ x: number /* after */): number {
  // inside
  return x /* op */ * 2;
}
console.log(a, /* arg */ f(a)); /* end */
