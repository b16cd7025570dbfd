function answer(): number {
  return 42;
}
function greeting(): string {
  return "hi";
}
function truth(): boolean {
  return true;
}
function announce() {
  console.log("announce", answer(), greeting(), truth());
}
announce();
console.log(answer() + answer(), greeting() + greeting(), !truth());
