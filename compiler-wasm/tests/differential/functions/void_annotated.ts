function greet(name: string): void {
  console.log("hello,", name);
}
function twice(name: string): void {
  greet(name);
  greet(name + "!");
  return;
}
twice("dx");
greet("");
