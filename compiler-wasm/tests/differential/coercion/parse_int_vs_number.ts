function all(s: string) {
  console.log("[" + s + "]", Number(s), parseInt(s), parseFloat(s));
}
all("12.9");
all("-12.9");
all("1e3");
all("0x10");
all("  7  ");
all("7 8");
all(".9");
all("-.9");
all("+-1");
all("Infinityx");
all("");
all("0.0000001");
all("123456789012345678901234");
