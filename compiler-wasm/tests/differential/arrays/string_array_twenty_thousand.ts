const xs: string[] = [];
for (let i = 0; i < 20000; i++) xs.push("s" + i);
for (let i = 0; i < 20000; i++) xs[i] = xs[i] + "!";
console.log(xs.length, xs[19999], xs.join("").length);
console.log(xs.filter((s) => s.length < 4));
console.log(xs.indexOf("s12345!"), xs.includes("s20000!"));
