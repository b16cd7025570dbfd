let found = false;
let seenEven = false;
for (let i = 1; i < 10; i++) {
  if (i % 2 === 0) seenEven = true;
  if (i * i > 30 && !found) {
    found = true;
    console.log("first square over 30:", i);
  }
}
console.log(found, seenEven, found && seenEven, !found || !seenEven);
