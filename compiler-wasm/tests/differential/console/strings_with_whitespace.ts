console.log("  leading", "trailing  ", "in  side");
console.log("tab\there", "new\nline");
console.log("carriage\rreturn".length, "a\u00a0b");
