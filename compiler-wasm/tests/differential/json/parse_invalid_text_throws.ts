console.log("before");
const xs = JSON.parse("[1, 2,]") as number[];
console.log(xs.length);
