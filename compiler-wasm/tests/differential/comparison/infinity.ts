const inf = Infinity;
console.log(inf > 1.7976931348623157e308, inf === inf + 1, -inf < -1.7976931348623157e308);
console.log(inf >= inf, inf > inf, -inf <= -inf, inf === -(-inf), 1 / 0 === inf);
