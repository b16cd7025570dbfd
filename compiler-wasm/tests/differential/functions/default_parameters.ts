// Default parameters: left out, given, given as undefined; a default reading an earlier
// parameter; a default with an annotation.
function greet(name: string, greeting = "Hello", mark = greeting === "Hello" ? "!" : ".") {
  return `${greeting}, ${name}${mark}`;
}
function pluralize(count: number, singular: string, plural = singular + "s") {
  return `${count} ${count === 1 ? singular : plural}`;
}
function makeId(prefix = "field"): string {
  return prefix + "-" + Math.floor(prefix.length * 7);
}
function scale(x: number, by: number = 2) {
  return x * by;
}
console.log(greet("Ana"), greet("Bo", "Hi"), greet("Cy", "Hey", "?"), greet("Di", undefined, "~"));
console.log(pluralize(1, "cat"), pluralize(2, "cat"), pluralize(3, "mouse", "mice"));
console.log(makeId(), makeId("row"), scale(5), scale(5, 3));
