console.log(1, "1", 1 === 1, "1" === "1");
console.log(0.5, "0.5", -0, "-0", 0 / 0, "NaN", 1e21, "1e+21");
console.log(true, "true", false, "false");
