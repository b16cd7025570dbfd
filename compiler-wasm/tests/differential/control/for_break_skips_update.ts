let updates = 0;
let i = 0;
for (i = 0; i < 10; i++, updates++) {
  if (i === 4) break;
}
console.log(i, updates);
