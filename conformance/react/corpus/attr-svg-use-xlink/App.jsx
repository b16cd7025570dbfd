import { useState } from "react";

const icons = ["icon-sun", "icon-moon", "icon-cloud"];

function Sprite() {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" xmlnsXlink="http://www.w3.org/1999/xlink" style={{ display: "none" }}>
      <symbol id="icon-sun" viewBox="0 0 24 24">
        <circle cx="12" cy="12" r="5" />
      </symbol>
      <symbol id="icon-moon" viewBox="0 0 24 24">
        <path d="M20 15A8 8 0 1 1 9 4a7 7 0 0 0 11 11z" />
      </symbol>
      <symbol id="icon-cloud" viewBox="0 0 24 24">
        <path d="M7 18h10a4 4 0 0 0 0-8 6 6 0 0 0-11.5 2A3 3 0 0 0 7 18z" />
      </symbol>
    </svg>
  );
}

export default function App() {
  const [index, setIndex] = useState(0);
  const [useModern, setUseModern] = useState(false);
  const id = icons[index];

  return (
    <div>
      <Sprite />
      <svg width="48" height="48" className={"weather " + id}>
        {useModern ? <use href={"#" + id} fill="orange" /> : <use xlinkHref={"#" + id} fill="goldenrod" />}
      </svg>
      <p>Showing {id.replace("icon-", "")}</p>
      <button onClick={() => setIndex((index + 1) % icons.length)}>Next icon</button>
      <label>
        <input type="checkbox" checked={useModern} onChange={(e) => setUseModern(e.target.checked)} /> Use plain href
      </label>
    </div>
  );
}
