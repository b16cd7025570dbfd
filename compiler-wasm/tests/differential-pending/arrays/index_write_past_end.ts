// pending: writing an index past the end traps (JS leaves holes): node prints "[ 1, <1 empty item>, 3 ] 3", dx throws "wasm trap: unreachable". Writes at length (appends) work.
const xs = [1];
xs[2] = 3;
console.log(xs, xs.length);
