let found = false;
let fi = -1;
let fj = -1;
for (let i = 1; i < 10 && !found; i++) {
  for (let j = 1; j < 10; j++) {
    if (i * j === 42) {
      found = true;
      fi = i;
      fj = j;
      break;
    }
  }
}
console.log(found, fi, fj);
