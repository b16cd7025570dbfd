let i = 0;
do {
  i++;
  if (i === 4) break;
  console.log("i", i);
} while (true);
console.log("broke at", i);
