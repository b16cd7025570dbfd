const n = 3;
const name = "dx";
console.log(`a${`b${n + 1}c`}d`, `${`${`${name}`}`}`, `${n}${n}${n}`, `[${""}]`);
console.log(`${n > 2 ? `big ${n}` : "small"}`, `${name.toUpperCase()}-${name.length}`);
console.log(`sum: ${1 + 2}, concat: ${"1" + 2}, bool: ${n === 3}, neg: ${-n}`);
