console.log(0, -0, 1, -1, 1.5, 0.1 + 0.2, 1e21, 1e-7, 5e-324);
console.log(Infinity, -Infinity, 0 / 0, 123456789, 1234567890123456789, 2147483648);
console.log(1 / 3, -2 / 3, 100, 1e2, 0.5e1);
