const a = "a";
const built = a + "b";
const xs = ["ab", "cd"];
console.log(xs.indexOf(built), xs.includes(built), xs[0] === built, xs.findIndex((x) => x === built));
const ys: string[] = [];
for (let i = 0; i < 3; i++) ys.push("k" + i);
console.log(ys.indexOf("k1"), ys.includes("k" + 2), ys.indexOf("k" + "0"));
interface R {
  name: string;
}
const rs: R[] = [{ name: "x" + 1 }, { name: "y" }];
const hit = rs.find((r) => r.name === "x1");
console.log(hit === undefined ? "none" : hit.name, rs.some((r) => r.name === "y"));
const parsed = JSON.parse('["ab","cd"]') as string[];
console.log(parsed.indexOf("cd"), xs.indexOf(parsed[0]), parsed.includes(built));
