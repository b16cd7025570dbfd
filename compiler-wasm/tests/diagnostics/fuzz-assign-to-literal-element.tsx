// expect: DX0204 at 27:4
// A fuzz finding (panic "indexing lowers to Index" while an attempt lowered `([…])[k] = []`).
import { useState } from "react";

interface Song {
  title: string;
  artist: string;
  year: number;
}

const SONGS: Song[] = [
  { title: "Hounds of Love", artist: "Kate Bush", year: 1985 },
  { title: "Running Up That Hill", artist: "Kate Bush", year: 1985 },
  { title: "Teardrop", artist: "Massive Attack", year: 1998 },
  { title: "Unfinished Sympathy", artist: "Massive Attack", year: 1991 },
  { title: "Glory Box", artist: "Portishead", year: 1994 },
];

function groupBy<T>(items: T[], key: (item: T) => string): Record<string, T[]> {
  const out: Record<string, T[]> = {};
  for (const item of items) {
    const k = key(item);
    if (!out[k]) ([
  { id: 1, name: "Yusuf", email: "yusuf@mail.com" },
  { id: 2, name: "Aiko", email: "aiko@mail.com" },
  { id: 3, name: "Mateo", email: "mateo@mail.com" },
])[k] = [];
    out[k].push(item);
  }
  return out;
}

const byArtist = groupBy(SONGS, (s) => s.artist);
const byDecade = groupBy(SONGS, (s) => `${Math.floor(s.year / 10) * 10}s`);
const ARTISTS = Object.keys(byArtist).sort();

export default function App() {
  const [mode, setMode] = useState<"artist" | "decade">("artist");
  const [open, setOpen] = useState<string | null>(ARTISTS[0]);
  const groups = mode === "artist" ? byArtist : byDecade;

  return (
    <div>
      <button onClick={() => { setMode(mode === "artist" ? "decade" : "artist"); setOpen(null); }}>
        Group by {mode === "artist" ? "decade" : "artist"}
      </button>
      {Object.entries(groups).map(([name, songs]) => (
        <section key={name}>
          <h4 onClick={() => setOpen(open === name ? null : name)}>
            {name} ({songs.length})
          </h4>
          {open === name && (
            <ul>
              {songs.map((s) => (
                <li key={s.title}>
                  {s.title} ({s.year})
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <p>{ARTISTS.length} artists in the library</p>
    </div>
  );
}
