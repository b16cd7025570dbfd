// Regression (was pending): console.log converts an array argument when it is evaluated, not when the line prints: node prints "[] 1" (xs is empty once pop ran), dx prints "[ 1 ] 1".
const xs = [1];
console.log(xs, xs.pop());
