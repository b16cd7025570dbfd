import { useState } from "react";

interface Profile {
  username: string;
  bio: string | null;
  website?: string;
  followers: number;
  tags: string[];
}

function compact(key: string, value: unknown) {
  if (value === null || value === "") return undefined;
  if (Array.isArray(value) && value.length === 0) return undefined;
  return value;
}

export default function App() {
  const [profile, setProfile] = useState<Profile>({ username: "pixelfox", bio: null, followers: 0, tags: [] });
  const [hideEmpty, setHideEmpty] = useState(true);

  const json = JSON.stringify(profile, hideEmpty ? compact : undefined, 2);

  return (
    <div>
      <button onClick={() => setProfile({ ...profile, bio: profile.bio ? null : "Drawing foxes since 2009" })}>
        Toggle bio
      </button>
      <button onClick={() => setProfile({ ...profile, website: profile.website ? undefined : "https://fox.example" })}>
        Toggle website
      </button>
      <button onClick={() => setProfile({ ...profile, followers: profile.followers + 10, tags: [...profile.tags, `t${profile.tags.length}`] })}>
        Grow
      </button>
      <label>
        <input type="checkbox" checked={hideEmpty} onChange={(e) => setHideEmpty(e.target.checked)} /> Hide empty fields
      </label>
      <pre>{json}</pre>
      <p>{json.split("\n").length} lines</p>
    </div>
  );
}
