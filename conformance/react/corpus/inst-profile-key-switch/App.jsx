import { useState } from "react";

const users = [
  { id: "u1", name: "Amara Okafor", city: "Lagos" },
  { id: "u2", name: "Jonas Berg", city: "Oslo" },
  { id: "u3", name: "Mei Lin", city: "Taipei" },
];

function Profile({ user }) {
  const [note, setNote] = useState("");
  const [following, setFollowing] = useState(false);

  return (
    <article className="profile">
      <h2>{user.name}</h2>
      <p>Lives in {user.city}</p>
      <button onClick={() => setFollowing(!following)}>
        {following ? "Unfollow" : "Follow"}
      </button>
      <textarea
        placeholder={`Private note about ${user.name.split(" ")[0]}`}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      {note && <p className="preview">Note: {note}</p>}
    </article>
  );
}

export default function App() {
  const [userId, setUserId] = useState("u1");
  const user = users.find((u) => u.id === userId);

  return (
    <div>
      <select value={userId} onChange={(e) => setUserId(e.target.value)}>
        {users.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </select>
      <Profile key={userId} user={user} />
    </div>
  );
}
