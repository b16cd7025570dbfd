console.log(0xff, 0XFF, 0o17, 0b1011, 0B11);
console.log(1_000_000, 0.000_001, 1e3, 1E3, 2.5e-3, 1e+3, .5, 5., 0.0);
console.log(0x7fffffff, 0xffffffff, 0x1fffffffffffff, 0x20000000000001);
