const max = 1.7976931348623157e308;
console.log(max, max + 1, max * 1.0000000000000002, max + 1e292, max + 1e291);
console.log(max - max, max / max, -max, max * -1 * 2, 1.7976931348623158e308, 1.7976931348623159e308);
