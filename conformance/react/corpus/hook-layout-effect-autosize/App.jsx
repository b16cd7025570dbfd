import { useLayoutEffect, useRef, useState } from "react";

export default function App() {
  const ref = useRef(null);
  const [text, setText] = useState("First line");
  const [rows, setRows] = useState(1);

  useLayoutEffect(() => {
    const lines = ref.current.value.split("\n").length;
    setRows(Math.min(6, Math.max(1, lines)));
  }, [text]);

  return (
    <div>
      <textarea ref={ref} rows={rows} value={text} onChange={(e) => setText(e.target.value)} />
      <button onClick={() => setText((t) => t + "\nAnother line")}>Add line</button>
      <button onClick={() => setText("")}>Clear</button>
      <p>
        {rows} visible row{rows === 1 ? "" : "s"}
      </p>
    </div>
  );
}
