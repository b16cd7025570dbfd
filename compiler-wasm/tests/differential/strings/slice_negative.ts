const s = "abcdefgh";
console.log(s.slice(-3), s.slice(-100), s.slice(0, -1), s.slice(-3, -1), s.slice(-1, -3), s.slice(2, -2));
console.log(s.slice(3, 3), s.slice(100), s.slice(-0), s.slice(1.5, 3.9), s.slice(-1.5));
