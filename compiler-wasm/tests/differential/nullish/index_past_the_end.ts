// `items[i]` past either end is `undefined`: compared with `===`/`!==` it is unequal to any
// value (lookahead and lookbehind in loops), in bounds it is the item.
const primes = [2, 3, 5, 7, 11, 13];
const twins: number[] = [];
for (let i = 0; i < primes.length; i++) {
  if (primes[i + 1] === primes[i] + 2) twins.push(primes[i]);
  if (primes[i - 1] !== primes[i] - 1 && i > 0) twins.push(-primes[i]);
}
const words = ["a", "b"];
console.log(twins, words[2] === "c", words[1] === "b", words[-1] !== "a", words[0.5] === "a", words[1.0] === "b");
