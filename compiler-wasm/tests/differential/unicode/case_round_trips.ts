function roundTrip(s: string): boolean {
  return s.toUpperCase().toLowerCase() === s.toLowerCase();
}
console.log(roundTrip("abc"), roundTrip("ß"), roundTrip("İ"), roundTrip("Σ"), roundTrip("ﬁ"), roundTrip("ǅ"));
console.log("ß".toUpperCase().toLowerCase(), "İ".toLowerCase().toUpperCase(), "ﬁ".toUpperCase().toLowerCase());
