console.log(42);
console.log("text");
console.log(true);
console.log(false);
console.log(-0);
console.log("");
console.log(" ");
console.log(0 / 0, -(1 / 0));
