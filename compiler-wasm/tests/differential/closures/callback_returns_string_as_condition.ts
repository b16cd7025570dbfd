// Regression (was pending): a filter/some/every/findIndex callback whose body is a string (tested for truthiness) makes dx panic ("import was scanned", emit/imports.rs, via truthy_top in data.rs each) and aborts the whole test run; node prints "[ 'a' ]". `if (s)` in a block body works.
console.log(["", "a"].filter((s) => s));
