import { useState } from "react";

// Enter/leave events reach only the element entered (not its ancestors again), pointer moves
// carry coordinates, clicks carry modifier keys.
export default function App() {
  const [enters, setEnters] = useState({ card: 0, button: 0 });
  const [leaves, setLeaves] = useState(0);
  const [moves, setMoves] = useState(0);
  const [inside, setInside] = useState(false);
  const [last, setLast] = useState("none");

  return (
    <div style={{ padding: 20 }}>
      <section
        className="card"
        style={{ padding: 30, border: "1px solid #999" }}
        onMouseEnter={() => setEnters((e) => ({ ...e, card: e.card + 1 }))}
        onMouseLeave={() => setLeaves((n) => n + 1)}
        onPointerEnter={() => setInside(true)}
        onPointerLeave={() => setInside(false)}
        onPointerMove={(e) => {
          setMoves((m) => m + 1);
          setLast(`${e.clientX > 0 ? "x>0" : "x=0"} ${e.pointerType || "?"}`);
        }}
      >
        <button
          onMouseEnter={() => setEnters((e) => ({ ...e, button: e.button + 1 }))}
          onClick={(e) => setLast(`click shift=${e.shiftKey} button=${e.button} detail=${e.detail}`)}
        >
          Inside the card
        </button>
      </section>
      <p>
        card entered {enters.card}, button entered {enters.button}, left {leaves}, pointer{" "}
        {inside ? "inside" : "outside"}
      </p>
      <p>moved: {moves > 0 ? "yes" : "no"}; last: {last}</p>
      <button className="away">Elsewhere</button>
    </div>
  );
}
