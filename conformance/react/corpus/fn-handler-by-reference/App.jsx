import { useState } from "react";

export default function App() {
  const [selected, setSelected] = useState("none");
  const [clicks, setClicks] = useState(0);
  const [lastEvent, setLastEvent] = useState("");

  function handleClick() {
    setClicks(clicks + 1);
  }

  function handleFruit(event) {
    setSelected(event.currentTarget.dataset.fruit);
    setLastEvent(event.type + " on " + event.currentTarget.tagName.toLowerCase());
  }

  const handleReset = () => {
    setSelected("none");
    setClicks(0);
    setLastEvent("reset");
  };

  return (
    <div onClick={handleClick}>
      <p>
        Clicks anywhere in the box: {clicks} · Fruit: {selected} · {lastEvent}
      </p>
      <button data-fruit="apple" onClick={handleFruit}>
        Apple
      </button>
      <button data-fruit="kiwi" onClick={handleFruit}>
        Kiwi
      </button>
      <button
        onClick={(e) => {
          e.stopPropagation();
          handleReset();
        }}
      >
        Reset (does not bubble)
      </button>
    </div>
  );
}
