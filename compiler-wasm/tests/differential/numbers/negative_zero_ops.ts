const nz = -0;
console.log(nz + nz, nz - 0, 0 - 0, nz + 0, 0 + nz, nz * 5, 0 * -5, nz * nz, nz / 5);
console.log(1 / (nz + nz), 1 / (nz - 0), 1 / (0 - 0), 1 / (nz * -1));
console.log(nz === 0, nz < 0, nz > 0, nz <= 0, nz >= 0, nz !== 0);
console.log(-0 % 5, 5 % -5, -5 % 5, 0 % -5, Math.round(-0.2), Math.ceil(-0.9), Math.trunc(-0.1));
