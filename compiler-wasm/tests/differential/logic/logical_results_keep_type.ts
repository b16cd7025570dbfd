const zero = 0;
const seven = 7;
console.log(zero || seven, seven || zero, zero && seven, seven && zero, (0 / 0) || zero, (0 / 0) && seven);
console.log(-0 || -0, -0 && 1, 1 && -0, "" || "", "a" && "b" && "c", "a" || "b" || "c");
