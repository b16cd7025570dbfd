console.log(1e0, 1e1, 1E5, 2.5e-3, 0.0e0, 1e+3, 12e-1, 0.001e3, 1e-0);
console.log(1e308, 1e309, 1e-323, 1e-324, 2e-324, 3e-324);
