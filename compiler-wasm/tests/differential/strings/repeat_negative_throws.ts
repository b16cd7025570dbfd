console.log("before");
console.log("ab".repeat(-1));
console.log("never");
