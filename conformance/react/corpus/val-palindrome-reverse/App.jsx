import { useState } from "react";

const normalize = (s) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
const reverse = (s) => s.split("").reverse().join("");

const examples = ["Never odd or even", "Was it a car or a cat I saw", "React components"];

export default function App() {
  const [phrase, setPhrase] = useState(examples[0]);
  const clean = normalize(phrase);
  const isPalindrome = clean.length > 1 && clean === reverse(clean);
  const words = phrase.split(" ").filter((w) => w);
  const longest = words.reduce((a, w) => (w.length > a.length ? w : a), "");

  return (
    <div>
      <textarea value={phrase} onChange={(e) => setPhrase(e.target.value)} rows={2} />
      {examples.map((ex, i) => (
        <button key={i} onClick={() => setPhrase(ex)}>
          Example {i + 1}
        </button>
      ))}
      <button onClick={() => setPhrase(reverse(phrase))}>Reverse it</button>
      <p>Reversed: {reverse(phrase)}</p>
      <p>Words backwards: {[...words].reverse().join(" ")}</p>
      <p>
        {clean ? (isPalindrome ? "✔ Palindrome" : "✘ Not a palindrome") : "Type something"}
      </p>
      <p>
        {words.length} words, longest “{longest}” ({longest.length}), vowels:{" "}
        {(phrase.match(/[aeiou]/gi) || []).length}
      </p>
    </div>
  );
}
