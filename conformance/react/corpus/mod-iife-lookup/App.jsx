import { useState } from "react";

const MORSE = (() => {
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const codes = ".- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- ...- .-- -..- -.-- --..".split(" ");
  const table = {};
  letters.split("").forEach((letter, i) => {
    table[letter] = codes[i];
  });
  return table;
})();

const REVERSE = Object.fromEntries(Object.entries(MORSE).map(([k, v]) => [v, k]));

export default function App() {
  const [text, setText] = useState("SOS");
  const encoded = text
    .toUpperCase()
    .split("")
    .map((ch) => (ch === " " ? "/" : MORSE[ch] ?? "?"))
    .join(" ");
  const decoded = encoded
    .split(" ")
    .map((code) => (code === "/" ? " " : REVERSE[code] ?? "?"))
    .join("");

  return (
    <div>
      <input value={text} onChange={(e) => setText(e.target.value)} />
      <button onClick={() => setText("HELLO WORLD")}>Hello world</button>
      <button onClick={() => setText("")}>Clear</button>
      <p>
        <code>{encoded || "(nothing)"}</code>
      </p>
      <p>Round trip: {decoded}</p>
      <p>Dots: {(encoded.match(/\./g) || []).length}, dashes: {(encoded.match(/-/g) || []).length}</p>
    </div>
  );
}
