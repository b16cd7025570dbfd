import { useCallback, useState } from "react";

function useToggle(initial = false): [boolean, () => void, () => void, () => void] {
  const [value, setValue] = useState(initial);
  const toggle = useCallback(() => setValue((v) => !v), []);
  const setOn = useCallback(() => setValue(true), []);
  const setOff = useCallback(() => setValue(false), []);
  return [value, toggle, setOn, setOff];
}

export default function App() {
  const [menuOpen, toggleMenu, , closeMenu] = useToggle();
  const [muted, toggleMuted] = useToggle(true);
  const [showSpoiler, toggleSpoiler, reveal] = useToggle(false);

  return (
    <div>
      <button onClick={toggleMuted}>{muted ? "🔇 Unmute" : "🔊 Mute"}</button>
      <button onClick={toggleMenu} aria-expanded={menuOpen}>
        Menu
      </button>
      {menuOpen && (
        <ul className="menu">
          <li>Profile</li>
          <li>Settings</li>
          <li>
            <button onClick={closeMenu}>Close</button>
          </li>
        </ul>
      )}
      <p>
        The butler did it:{" "}
        <span style={{ filter: showSpoiler ? "none" : "blur(4px)" }}>{showSpoiler ? "yes, the butler" : "hidden"}</span>
      </p>
      <button onClick={reveal}>Reveal</button>
      <button onClick={toggleSpoiler}>Toggle spoiler</button>
    </div>
  );
}
