const raw = "   Hello, Chained World   ";
console.log(raw.trim().toUpperCase().slice(0, 5).padEnd(8, "*"));
console.log(raw.trim().replaceAll("l", "L").toLowerCase().indexOf("chained"));
console.log("ok".repeat(2).padStart(6, "-").length, raw.trim().charAt(0).toLowerCase().repeat(3));
