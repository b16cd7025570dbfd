import { useState } from "react";

interface TrackInfo {
  id: string;
  title: string;
  length: string;
}

interface TrackProps {
  track: TrackInfo;
  index: number;
  onRemove: () => void;
}

function Track({ track, index, onRemove }: TrackProps) {
  const [liked, setLiked] = useState(false);
  const [plays, setPlays] = useState(0);
  return (
    <li className={liked ? "track liked" : "track"}>
      <span>
        {index + 1}. {track.title} <small>({track.length})</small>
      </span>
      <button onClick={() => setPlays(plays + 1)}>▶ {plays}</button>
      <button onClick={() => setLiked(!liked)}>{liked ? "♥" : "♡"}</button>
      <button onClick={onRemove}>✕</button>
    </li>
  );
}

const TRACKS: TrackInfo[] = [
  { id: "t1", title: "Morning Dew", length: "3:12" },
  { id: "t2", title: "City Lights", length: "4:05" },
  { id: "t3", title: "Low Tide", length: "2:48" },
  { id: "t4", title: "Paper Planes", length: "3:30" },
];

export default function App() {
  const [list, setList] = useState<TrackInfo[]>(TRACKS);
  const rotate = () => setList((l) => (l.length ? [...l.slice(1), l[0]] : l));

  return (
    <div>
      <button onClick={rotate}>Skip to next</button>
      <button onClick={() => setList(TRACKS)}>Reload playlist</button>
      <ol>
        {list.map((t, i) => (
          <Track key={t.id} track={t} index={i} onRemove={() => setList(list.filter((x) => x.id !== t.id))} />
        ))}
      </ol>
    </div>
  );
}
