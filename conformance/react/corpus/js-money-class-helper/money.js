export class Money {
  constructor(cents, currency = "EUR") {
    this.cents = Math.round(cents);
    this.currency = currency;
  }

  static from(amount, currency) {
    return new Money(amount * 100, currency);
  }

  add(other) {
    return new Money(this.cents + other.cents, this.currency);
  }

  times(factor) {
    return new Money(this.cents * factor, this.currency);
  }

  split(parts) {
    const base = Math.floor(this.cents / parts);
    const remainder = this.cents - base * parts;
    return Array.from({ length: parts }, (_, i) => new Money(base + (i < remainder ? 1 : 0), this.currency));
  }

  toString() {
    return `${(this.cents / 100).toFixed(2)} ${this.currency}`;
  }
}
