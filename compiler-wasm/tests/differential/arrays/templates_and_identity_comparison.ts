const xs = [1, 2];
console.log(`${xs.length} items: ${xs.join(" ")}`);
const ys = [1, 2];
const zs = xs;
console.log(xs === ys, xs !== ys, xs == zs, xs === zs, `${xs[0] + ys[1]}`);
