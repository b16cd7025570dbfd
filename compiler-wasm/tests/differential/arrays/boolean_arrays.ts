const flags = [true, false, false, true];
console.log(flags.filter((f) => f).length, flags.map((f) => !f));
console.log(flags.indexOf(false), flags.includes(true), flags.every((f) => f), flags.some((f) => f));
flags[1] = !flags[1];
flags.push(flags[0] && flags[1]);
console.log(flags, flags.join("/"));
console.log(flags.reduce((n, f) => n + (f ? 1 : 0), 0));
