const s = "abcdefgh";
console.log(s.substring(1, 4), s.substring(4, 1), s.substring(-3, 2), s.substring(2, -3), s.substring(0 / 0, 3));
console.log(s.substring(5, 100), s.substring(100, 5), s.substring(3, 3), s.substring(2.7, 5.2), s.substring(-Infinity, Infinity));
