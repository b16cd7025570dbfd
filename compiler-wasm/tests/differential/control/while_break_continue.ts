let i = 0;
let evens = "";
while (true) {
  i++;
  if (i > 12) break;
  if (i % 2 === 1) continue;
  if (i === 8) continue;
  evens += i + " ";
}
console.log(evens, i);
