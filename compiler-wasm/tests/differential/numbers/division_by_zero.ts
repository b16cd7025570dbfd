console.log(1 / 0, -1 / 0, 0 / 0, -0 / 1);
const z = 0;
console.log(5 / z, -5 / z, z / z);
