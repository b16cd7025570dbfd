console.log("abc".replaceAll("b", "[$&]"), "abc".replaceAll("b", "$$"), "abc".replaceAll("b", "$`"), "abc".replaceAll("b", "$'"));
console.log("abc".replaceAll("b", "$1"), "abc".replaceAll("b", "$<name>"), "abc".replaceAll("b", "$"), "aXbXc".replaceAll("X", "$&$&"));
