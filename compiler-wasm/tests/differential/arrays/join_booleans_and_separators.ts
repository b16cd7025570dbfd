const bs = [true, false, true];
console.log(bs.join(), bs.join(""), bs.join(" and "));
console.log(bs);
const ws = ["α", "β", "γ"];
console.log(ws.join("→"), ws.join("😀"), ws.join("\n"));
console.log(["", "", ""].join(), ["", "", ""].join("").length, [""].join("x"));
console.log(["one"].join(", "), ["a", "b"].join(", , "));
const nums = [1, 2, 3];
console.log(nums.join(String(nums.length)), nums.join(nums.join("")));
