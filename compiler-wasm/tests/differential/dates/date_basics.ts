// Dates: from parts (local time), from a time value, from a string, copies; getters, time
// values and arithmetic; text methods with and without a locale; an invalid date.
const a = new Date(2024, 1, 29, 13, 5, 9, 250);
const b = new Date(a.getTime() + 36 * 3600 * 1000);
const c = new Date("2021-07-04T08:30:00Z");
const copy = new Date(c);
console.log(a.getFullYear(), a.getMonth(), a.getDate(), a.getDay(), a.getHours(), a.getMinutes());
console.log(a.getSeconds(), a.getMilliseconds(), b.getDate(), b.getHours(), b - a, (b.getTime() - a.valueOf()) / 3600000);
console.log(c.toISOString(), c.getUTCHours(), c.getUTCDay(), copy.getTime() === c.getTime(), copy === c);
console.log(a.toLocaleDateString("en-US"), a.toLocaleTimeString("en-US"), c.toUTCString());
console.log(new Date(2030, 0).getMonth(), new Date(0).getTime(), new Date(86400000).getUTCDate());
const bad = new Date("not a date");
console.log(isNaN(bad.getTime()), bad.toString());
const diffDays = Math.round((new Date(2024, 11, 25) - new Date(2024, 0, 1)) / 86400000);
console.log(diffDays);
