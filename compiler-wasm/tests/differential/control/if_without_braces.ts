const x = 7;
if (x > 5) console.log("gt 5");
if (x > 10) console.log("gt 10");
else console.log("not gt 10");
if (x % 2 === 0) console.log("even");
else if (x % 3 === 0) console.log("div 3");
else console.log("odd, not div 3");
