let visits = 0;
let last = -1;
for (let i = 0; i < 10; i++) {
  if (i % 3 !== 0) continue;
  visits++;
  last = i;
}
console.log(visits, last);
let updates = 0;
for (let i = 0; i < 5; i++, updates++) {
  continue;
}
console.log("updates", updates);
