import { useState } from "react";

const initialSongs = ["Intro", "Blue Hour", "Paper Boats", "Static", "Outro"];

function move(list, from, to) {
  if (to < 0 || to >= list.length) return list;
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}

export default function App() {
  const [songs, setSongs] = useState(initialSongs);
  const [current, setCurrent] = useState("Paper Boats");

  const position = songs.findIndex((s) => s === current);

  function removeCurrent() {
    if (position === -1) return;
    const copy = songs.slice();
    copy.splice(position, 1);
    setSongs(copy);
    setCurrent(copy[position] ?? copy[copy.length - 1] ?? null);
  }

  return (
    <div>
      <button onClick={() => setSongs(move(songs, position, position - 1))}>Move up</button>
      <button onClick={() => setSongs(move(songs, position, position + 1))}>Move down</button>
      <button onClick={removeCurrent}>Remove</button>
      <ol>
        {songs.map((song) => (
          <li key={song} onClick={() => setCurrent(song)} className={song === current ? "current" : ""}>
            {song === current ? <strong>{song}</strong> : song}
          </li>
        ))}
      </ol>
      <p>
        {current ? `"${current}" is track ${position + 1} of ${songs.length}` : "Playlist is empty"}
      </p>
    </div>
  );
}
