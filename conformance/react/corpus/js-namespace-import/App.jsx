import { useState } from "react";
import * as fmt from "./fmt.js";

const initialFiles = [
  { name: "report.pdf", size: 482133 },
  { name: "photo.jpeg", size: 3870221 },
  { name: "notes.txt", size: 912 },
  { name: "Makefile", size: 2048 },
];

export default function App() {
  const [files, setFiles] = useState(initialFiles);
  const [sortBySize, setSortBySize] = useState(false);

  const shown = sortBySize ? [...files].sort((a, b) => b.size - a.size) : files;
  const total = files.reduce((sum, f) => sum + f.size, 0);

  return (
    <div>
      <button onClick={() => setSortBySize(!sortBySize)}>{sortBySize ? "Original order" : "Largest first"}</button>
      <button onClick={() => setFiles(files.slice(0, -1))} disabled={!files.length}>
        Delete last
      </button>
      <table>
        <tbody>
          {shown.map((f) => (
            <tr key={f.name}>
              <td>{f.name}</td>
              <td>{fmt.extension(f.name)}</td>
              <td>{fmt.bytes(f.size)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {fmt.count(files.length, "file")}, {fmt.bytes(total)} in total
      </p>
    </div>
  );
}
