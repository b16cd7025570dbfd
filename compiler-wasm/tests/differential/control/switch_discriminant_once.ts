function next(v: number): number {
  console.log("discriminant evaluated");
  return v;
}
for (let i = 0; i < 3; i++) {
  switch (next(i)) {
    case 5:
      console.log("five");
      break;
    case 1:
      console.log("one");
      break;
    case 2:
      console.log("two");
  }
}
