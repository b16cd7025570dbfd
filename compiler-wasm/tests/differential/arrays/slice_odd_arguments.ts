const xs = [10, 11, 12, 13, 14];
console.log(xs.slice(-1), xs.slice(-5), xs.slice(-6), xs.slice(-0), xs.slice(0, -0));
console.log(xs.slice(1.9), xs.slice(-1.9), xs.slice(0.5, 3.5), xs.slice(-2.5, -0.5));
console.log(xs.slice(NaN), xs.slice(NaN, NaN), xs.slice(2, NaN), xs.slice(NaN, 3));
console.log(xs.slice(1e20), xs.slice(-1e20), xs.slice(0, 1e20), xs.slice(0, -1e20));
console.log(xs.slice(Infinity), xs.slice(-Infinity), xs.slice(-Infinity, Infinity), xs.slice(2, -Infinity));
console.log(xs.slice(5), xs.slice(4), xs.slice(3, 3), xs.slice(4, 1));
console.log(xs);
