console.log((1).toFixed(100).length);
console.log("before");
console.log((1).toFixed(101));
console.log("never");
