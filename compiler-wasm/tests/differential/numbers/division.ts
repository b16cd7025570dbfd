console.log(1 / 3, 2 / 3, 1 / 3 * 3, 10 / 3, 1 / 7, 22 / 7);
console.log(6 / 3, 7 / 2, -7 / 2, 1 / 1024, 1 / 1000, 1 / 3000000);
console.log(Math.floor(7 / 2), Math.floor(-7 / 2), Math.trunc(-7 / 2), Math.ceil(7 / 2));
console.log(0 / 5, 0 / -5, -0 / 5, 5 / 1e-320, 1 / 5e-324);
