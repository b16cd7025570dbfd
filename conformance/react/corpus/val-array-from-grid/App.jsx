import { useState } from "react";

function makeGrid(rows, cols) {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => (r + c) % 3 === 0));
}

export default function App() {
  const [rows, setRows] = useState(3);
  const [cols, setCols] = useState(4);
  const [grid, setGrid] = useState(() => makeGrid(3, 4));

  function resize(r, c) {
    setRows(r);
    setCols(c);
    setGrid(makeGrid(r, c));
  }

  function flip(r, c) {
    setGrid((g) => g.map((row, ri) => (ri === r ? row.map((on, ci) => (ci === c ? !on : on)) : row)));
  }

  const lit = grid.flat().filter(Boolean).length;

  return (
    <div>
      <button onClick={() => resize(rows + 1, cols)}>Add row</button>
      <button onClick={() => resize(rows, cols + 1)}>Add column</button>
      <button onClick={() => resize(Math.max(1, rows - 1), cols)}>Remove row</button>
      <table>
        <tbody>
          {grid.map((row, r) => (
            <tr key={r}>
              {row.map((on, c) => (
                <td
                  key={c}
                  onClick={() => flip(r, c)}
                  style={{ width: 16, height: 16, background: on ? "black" : "white" }}
                >
                  {on ? "■" : "□"}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {rows}×{cols} grid, {lit} of {rows * cols} cells lit
      </p>
    </div>
  );
}
