console.log(JSON.stringify(true), JSON.stringify(false), JSON.stringify([true, false]));
console.log(JSON.stringify(1), JSON.stringify(-0), JSON.stringify(NaN), JSON.stringify(1e21), JSON.stringify(0.000001));
console.log(JSON.stringify("x"), JSON.stringify(""), JSON.stringify("a" + 1));
console.log(JSON.stringify([] as number[]), JSON.stringify([""]), JSON.stringify([[]] as number[][]));
