const n = (3 as number) + 1;
const s = "abc" satisfies string;
const len = (s as string)!.length;
const b = (n > 3) as boolean;
console.log(n, s, len, b, (s! + "!") as string);
