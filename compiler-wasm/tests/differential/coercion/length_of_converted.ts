console.log(String(12345).length, String(-1.5).length, String(1e21).length, String(true).length);
console.log(`${0 / 0}`.length, ("" + 1 / 3).length, (0.1 + 0.2 + "").length, String(5e-324).length);
