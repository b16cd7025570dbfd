export function primesUpTo(limit) {
  const primes = [];
  for (let n = 2; n <= limit; n++) {
    let isPrime = true;
    for (const p of primes) {
      if (p * p > n) break;
      if (n % p === 0) {
        isPrime = false;
        break;
      }
    }
    if (isPrime) primes.push(n);
  }
  return primes;
}

export function fizzBuzz(count) {
  const out = [];
  let i = 1;
  while (i <= count) {
    let word = "";
    if (i % 3 === 0) word += "Fizz";
    if (i % 5 === 0) word += "Buzz";
    out.push(word || String(i));
    i++;
  }
  return out;
}

export function countLetters(text) {
  const counts = {};
  for (const ch of text.toLowerCase()) {
    if (ch >= "a" && ch <= "z") counts[ch] = (counts[ch] || 0) + 1;
  }
  const rows = [];
  for (const letter in counts) rows.push([letter, counts[letter]]);
  return rows.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
