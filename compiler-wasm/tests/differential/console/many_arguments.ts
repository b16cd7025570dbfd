console.log(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20);
console.log("a", 1, true, "b", -0, false, "", 0 / 0, "c", 1e21, "d", Infinity);
