let i = 0;
let visited = "";
do {
  i++;
  if (i % 2 === 0) continue;
  visited += i;
} while (i < 7);
console.log(visited, i);
let j = 0;
do {
  j++;
  if (j < 100) continue;
} while (j < 3);
console.log("j", j);
