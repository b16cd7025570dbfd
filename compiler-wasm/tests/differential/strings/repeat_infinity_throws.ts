console.log("x".repeat(0));
console.log("x".repeat(1 / 0));
console.log("never");
