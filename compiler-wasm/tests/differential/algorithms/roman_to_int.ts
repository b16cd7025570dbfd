function value(c: string): number {
  switch (c) {
    case "I": return 1;
    case "V": return 5;
    case "X": return 10;
    case "L": return 50;
    case "C": return 100;
    case "D": return 500;
    case "M": return 1000;
  }
  return 0;
}
function toInt(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = value(s.charAt(i));
    const next = i + 1 < s.length ? value(s.charAt(i + 1)) : 0;
    total += v < next ? -v : v;
  }
  return total;
}
console.log(toInt("III"), toInt("IV"), toInt("IX"), toInt("LVIII"), toInt("MCMXCIV"), toInt("MMMCMXCIX"), toInt(""));
