function fields(s: string, sep: string) {
  let rest = s;
  let n = 0;
  while (true) {
    const i = rest.indexOf(sep);
    if (i === -1) break;
    console.log(n, "[" + rest.slice(0, i) + "]");
    rest = rest.slice(i + sep.length);
    n++;
  }
  console.log(n, "[" + rest + "]");
}
fields("a,b,,c", ",");
fields("", ",");
fields("one :: two :: three", " :: ");
