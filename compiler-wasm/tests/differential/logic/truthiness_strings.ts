function truthy(s: string): string {
  return s ? "truthy" : "falsy";
}
console.log(truthy(""), truthy(" "), truthy("0"), truthy("false"), truthy("\0"), truthy("".slice(1)));
console.log(!"", !" ", !!"", !!"0", !"a".charAt(5), !"abc".slice(1, 2));
