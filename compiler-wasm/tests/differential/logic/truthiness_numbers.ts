function truthy(x: number): string {
  return x ? "truthy" : "falsy";
}
console.log(truthy(0), truthy(-0), truthy(0 / 0), truthy(1), truthy(-1), truthy(0.5));
console.log(truthy(5e-324), truthy(-5e-324), truthy(Infinity), truthy(-Infinity), truthy(1e21));
console.log(!0, !-0, !(0 / 0), !1, !!0.1, !!(0 / 0), !!-Infinity);
