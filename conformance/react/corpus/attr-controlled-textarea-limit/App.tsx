import { useState } from "react";

const LIMIT = 40;

export default function App() {
  const [bio, setBio] = useState<string>("I build things for the web.");
  const [locked, setLocked] = useState<boolean>(false);
  const remaining: number = LIMIT - bio.length;

  return (
    <div>
      <label htmlFor="bio">Bio</label>
      <textarea
        id="bio"
        value={bio}
        readOnly={locked}
        maxLength={LIMIT}
        aria-invalid={remaining < 0}
        aria-describedby="bio-count"
        onChange={(e) => setBio(e.target.value)}
      />
      <p id="bio-count" style={{ color: remaining < 10 ? "darkorange" : "gray" }}>
        {remaining} characters left
      </p>
      <button onClick={() => setBio((b) => (b + " Also: coffee.").slice(0, LIMIT))}>Append</button>
      <button onClick={() => setBio("")}>Clear</button>
      <button onClick={() => setLocked(!locked)}>{locked ? "Unlock" : "Lock"}</button>
    </div>
  );
}
