const a = -0;
console.log(a, 0 * -1, -0 + 0, a === 0, 1 / a);
console.log(String(-0), `${-0}`, "" + -0);
