console.log("before");
console.log();
console.log("after");
