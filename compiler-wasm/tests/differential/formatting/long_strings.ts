let s = "";
for (let i = 0; i < 100; i++) s += String(i % 10);
console.log(s);
console.log(s.length, "x".repeat(200).length, ("ab" + s).slice(95, 110));
