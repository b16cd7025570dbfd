// Lists inside list rows: a key and a handler three levels down read the outer items and
// indices, an inner row sets the state of the row holding it (a callback prop), and a list
// is the only content of a row's element and of a row's conditional arm.
import { useState } from "react";

type Cell = { id: number; label: string };
type Row = { id: number; cells: Cell[] };
type Sheet = { name: string; rows: Row[] };

function RowView({ sheet, row, onPick }: { sheet: Sheet; row: Row; onPick: (s: string) => void }) {
  const [hits, setHits] = useState(0);
  return (
    <tr>
      {row.cells.map((cell, c) => (
        <td key={sheet.name + "/" + row.id + "/" + cell.id + "/" + c} onClick={() => {
          setHits(hits + 1);
          onPick(sheet.name + row.id + cell.label + c);
        }}>
          {cell.label}
          {hits > 0 && <b>{hits}</b>}
        </td>
      ))}
    </tr>
  );
}

export default function App() {
  const [sheets, setSheets] = useState<Sheet[]>([
    { name: "a", rows: [{ id: 1, cells: [{ id: 1, label: "x" }] }] },
  ]);
  const [picked, setPicked] = useState("");
  const [open, setOpen] = useState(true);
  return (
    <div>
      <p onClick={() => setOpen(!open)}>{picked}</p>
      {sheets.map((sheet, s) => (
        <section key={sheet.name}>
          <h2 onClick={() => setSheets(sheets.slice(s + 1))}>{sheet.name}</h2>
          {open && (
            <table>
              <tbody>
                {sheet.rows.map((row) => (
                  <RowView key={row.id} sheet={sheet} row={row} onPick={setPicked} />
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </div>
  );
}
