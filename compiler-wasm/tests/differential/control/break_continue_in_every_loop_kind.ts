let log = "";
for (let i = 0; i < 6; i++) {
  if (i === 1) continue;
  if (i === 4) break;
  log += "f" + i;
}
let w = 0;
while (w < 6) {
  w++;
  if (w === 2) continue;
  if (w === 5) break;
  log += "w" + w;
}
let d = 0;
do {
  d++;
  if (d === 3) continue;
  if (d === 5) break;
  log += "d" + d;
} while (d < 6);
console.log(log);
