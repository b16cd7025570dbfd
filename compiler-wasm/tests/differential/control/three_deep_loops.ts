let count = 0;
let skipped = 0;
for (let a = 0; a < 5; a++) {
  for (let b = 0; b < 5; b++) {
    if (b === a) continue;
    let c = 0;
    while (c < 5) {
      c++;
      if (c === b) {
        skipped++;
        continue;
      }
      if (c > a + b) break;
      count++;
    }
  }
}
console.log(count, skipped);
