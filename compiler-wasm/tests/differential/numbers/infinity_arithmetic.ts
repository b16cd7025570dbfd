const inf = Infinity;
console.log(inf + 1, inf - 1, inf * 2, inf / 2, inf * -1, -inf - inf, inf + inf);
console.log(1 / inf, -1 / inf, 1 / -inf, inf % 2, 2 % inf, -2 % inf, 0 % inf);
console.log(inf > 1e308, -inf < -1e308, inf === inf, inf === -(-inf), 1e308 * 2 === inf);
