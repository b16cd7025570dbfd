const nz = -0;
console.log(nz);
console.log(String(nz), `${nz}`, "" + nz, nz + "", nz.toString(), nz.toFixed(2));
console.log("value:", nz, "text:" + nz);
console.log(-0.0001 * 0, (-0.0001).toFixed(2), (-0.004).toFixed(2), (-0.005).toFixed(2));
