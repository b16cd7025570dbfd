const i32max = 2147483647;
const i32min = -2147483648;
const u32max = 4294967295;
console.log(i32max + 1, i32min - 1, u32max + 1, i32max * 2, i32min * 2);
console.log(i32max * i32max, i32min * i32min, u32max * u32max);
console.log(65536 * 65536, 46341 * 46341, 46340 * 46340, -i32min, i32min / -1);
console.log(i32max % 2, i32min % 2, u32max % 65536, (u32max + 1) / 2);
