// Regular expressions: test, replace (first and all matches, $1 groups), replaceAll, split,
// new RegExp from a string, a constant without the g flag used many times.
const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;
const emails = ["ana@example.org", "bo@", "CY@EXAMPLE.COM", "d i@x.io"];
console.log(emails.map((e) => EMAIL.test(e)));
const slug = (s: string) => s.trim().toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
console.log(slug("  Hello, World! 2026 "), slug("--a  b--"));
console.log("2026-12-07".replace(/(\d+)-(\d+)-(\d+)/, "$3/$2/$1"), "a.b.c".replaceAll(/\./g, "/"));
console.log("one  two\tthree\nfour".split(/\s+/), "a1b22c333".split(/\d+/));
const sep = "-";
const trim = new RegExp(`^\\${sep}+|\\${sep}+$`, "g");
console.log("--x-y--".replace(trim, ""), /^-?\d+(\.\d+)?$/.test("12.50"), /^-?\d+(\.\d+)?$/.test("1.2.3"));
const grouped = "1234567".replace(/\B(?=(\d{3})+(?!\d))/g, ",");
console.log(grouped);
// A kept regular expression with the g flag continues from its last match, as in JavaScript.
const G = /a/g;
console.log(G.test("aa"), G.test("aa"), G.test("aa"), G.test("aa"), /a/g.test("aa"), /a/g.test("aa"));
const S = /b/y;
console.log(S.test("bb"), S.test("bb"), S.test("bb"));
