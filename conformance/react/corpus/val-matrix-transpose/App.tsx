import { useState } from "react";

type Matrix = number[][];

const start: Matrix = [
  [1, 2, 3],
  [4, 5, 6],
];

const transpose = (m: Matrix): Matrix => (m.length === 0 ? [] : m[0].map((_, c) => m.map((row) => row[c])));

export default function App() {
  const [matrix, setMatrix] = useState<Matrix>(start);
  const [flips, setFlips] = useState(0);

  const rowSums = matrix.map((row) => row.reduce((a, b) => a + b, 0));
  const colSums = transpose(matrix).map((col) => col.reduce((a, b) => a + b, 0));

  function increment(r: number, c: number) {
    setMatrix(matrix.map((row, ri) => row.map((v, ci) => (ri === r && ci === c ? v + 1 : v))));
  }

  return (
    <div>
      <button
        onClick={() => {
          setMatrix(transpose(matrix));
          setFlips(flips + 1);
        }}
      >
        Transpose
      </button>
      <button onClick={() => setMatrix(matrix.map((row) => row.map((v) => v * 2)))}>Double</button>
      <table>
        <tbody>
          {matrix.map((row, r) => (
            <tr key={r}>
              {row.map((v, c) => (
                <td key={c}>
                  <button onClick={() => increment(r, c)}>{v}</button>
                </td>
              ))}
              <th>{rowSums[r]}</th>
            </tr>
          ))}
          <tr>
            {colSums.map((s, i) => (
              <th key={i}>{s}</th>
            ))}
          </tr>
        </tbody>
      </table>
      <p>
        {matrix.length}×{matrix[0]?.length ?? 0}, transposed {flips} times
      </p>
    </div>
  );
}
