console.log("-".repeat(10), "ab".repeat(0) === "", "x".repeat(1), "=".repeat(3) + ">");
let line = "";
for (let i = 1; i <= 4; i++) line += String(i).repeat(i) + " ";
console.log(line);
console.log("".repeat(1000).length, "abc".repeat(1000).length, " ".repeat(2.9).length);
