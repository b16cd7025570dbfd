function row(name: string, qty: number, price: number): string {
  return name.padEnd(10, ".") + String(qty).padStart(4, " ") + (price / 100).toFixed(2).padStart(9, " ");
}
console.log(row("apple", 3, 150));
console.log(row("watermelon", 1, 1299));
console.log(row("kiwi-gold-xl", 120, 5));
console.log(row("", 0, 0));
