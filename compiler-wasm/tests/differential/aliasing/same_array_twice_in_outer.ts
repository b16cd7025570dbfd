const a: number[][] = [[1]];
a.push(a[0]);
a[1].push(2);
console.log(a, JSON.stringify(a), a[0] === a[1]);
