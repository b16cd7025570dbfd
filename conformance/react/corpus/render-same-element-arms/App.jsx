// Both arms render the same element type: React keeps the one <button> (it stays focused after
// the click) and changes its text, class and handler; dx must keep it too.
import { useState } from "react";
export default function Hint() {
  const [show, setShow] = useState(false);
  const [n, setN] = useState(0);
  return (
    <div>
      {show ? (
        <button className="on" onClick={() => setShow(false)}>Hide hint</button>
      ) : (
        <button className="off" onClick={() => { setShow(true); setN(n + 1); }}>Show hint</button>
      )}
      <p>{n}</p>
      {show ? <b>on</b> : <b>off</b>}
    </div>
  );
}
