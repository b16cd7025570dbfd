const nz = -0;
console.log(nz === 0, nz == 0, nz < 0, nz > 0, nz <= 0, nz >= 0, nz !== 0);
console.log(0 < nz, Math.min(0, nz) === nz, 1 / Math.min(0, nz), 1 / Math.max(nz, 0));
