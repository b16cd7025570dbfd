console.log("%s is %d years", "dx", 1);
console.log("100%", "done");
console.log("%d%%", 50);
console.log("%i|%f|%j|%o|%O|%c", 1.5, 2.5, 3, 4, 5, "css");
console.log("%s", "only", "extra", 7);
console.log("no specifiers", "%s");
console.log("%", "%%", "%z");
