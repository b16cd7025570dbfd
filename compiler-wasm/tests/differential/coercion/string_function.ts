console.log(String(1), String(-1.5), String(true), String(false), String("s"), String(""));
console.log(String(String(1)), String(1 + 1), String(1) + 1, String(1 < 2), String(0 / 0).length);
