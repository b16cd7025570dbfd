// pending: when a map callback shrinks the array, JS keeps the original length with a hole: node prints "4 [ 1, 2, 3 ]", dx prints "3 [ 1, 2, 3 ]".
const xs = [1, 2, 3, 4];
const ys = xs.map((x) => {
  if (x === 1) xs.pop();
  return x * 2;
});
console.log(ys.length, xs);
