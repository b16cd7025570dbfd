function probe(label: string, v: number): number {
  console.log("test", label);
  return v;
}
function run(x: number) {
  console.log("switch on", x);
  switch (x) {
    case probe("a", 1):
      console.log("matched a");
      break;
    default:
      console.log("default");
      break;
    case probe("b", 2):
      console.log("matched b");
      break;
    case probe("c", 3):
      console.log("matched c");
  }
}
run(1);
run(2);
run(9);
