const a = 1;
const b = 2;
console.log(!(a < b), !a === false, !(a === b), !a, !!a === true, !(a > 0 && b > 0), !(a > 0) || b > 0);
const t = true;
console.log(!t && t, !(t && t), !t || t, !(t || t));
