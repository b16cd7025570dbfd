function run(mode: string): string {
  let out = "";
  switch (mode) {
    case "count":
      for (let i = 0; i < 10; i++) {
        if (i === 3) break;
        out += i;
      }
      out += "!";
    case "tail":
      out += "tail";
      break;
    case "skip":
      let j = 0;
      while (j < 5) {
        j++;
        if (j % 2 === 0) continue;
        out += j;
      }
  }
  return out;
}
console.log(run("count"), run("tail"), run("skip"), "[" + run("none") + "]");
