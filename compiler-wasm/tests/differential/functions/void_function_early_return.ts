function report(n: number) {
  if (n < 0) {
    console.log("negative, skipped");
    return;
  }
  for (let i = 0; i < n; i++) {
    if (i === 2) {
      console.log("stopping at 2");
      return;
    }
    console.log("step", i);
  }
  console.log("finished", n);
}
report(-1);
report(1);
report(5);
