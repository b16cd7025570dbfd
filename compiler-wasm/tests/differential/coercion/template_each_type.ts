const n = 42.5;
const s = "str";
const b = false;
console.log(`${n}|${s}|${b}|${-0}|${0 / 0}|${1 / 0}|${1e21}|${""}|${!b}`);
console.log(`${n + 1}${s + 1}${b || true}`, `${n > 40 && s !== ""}`);
