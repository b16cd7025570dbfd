const min = 5e-324;
console.log(min, min * 2, min * 3, min / 2, min * 1e308);
const smallestNormal = 2.2250738585072014e-308;
console.log(smallestNormal, smallestNormal / 2, smallestNormal / 4503599627370496, smallestNormal - min);
console.log(1e-320, 1e-320 * 1e10, 4.9406564584124654e-324, 2.4703282292062328e-324);
