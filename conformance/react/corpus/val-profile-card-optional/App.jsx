import { useState } from "react";

const people = [
  {
    id: 1,
    name: "Margarethe Olsen",
    nickname: "Greta",
    email: "greta@example.com",
    address: { city: "Bergen", country: "Norway" },
  },
  { id: 2, name: "Tomasz Wróbel", email: null },
  {
    id: 3,
    name: "Ana Lucia Prado",
    nickname: "",
    address: { country: "Brazil" },
    links: { site: "prado.dev" },
  },
];

function ProfileCard({ user }) {
  const displayName = user.nickname ?? user.name;
  const city = user?.address?.city;
  const country = user.address?.country ?? "Unknown country";

  return (
    <article className="profile">
      <h2>{displayName || "(empty nickname)"}</h2>
      {user.nickname && <p className="full-name">{user.name}</p>}
      <p>{city ? `${city}, ${country}` : country}</p>
      <p>Email: {user.email ?? "not shared"}</p>
      {user.links?.site ? <a href={`https://${user.links.site}`}>{user.links.site}</a> : null}
    </article>
  );
}

export default function App() {
  const [index, setIndex] = useState(0);
  const user = people[index];

  return (
    <div>
      <button onClick={() => setIndex((i) => (i + 1) % people.length)}>Next profile</button>
      <button onClick={() => setIndex(0)} disabled={index === 0}>
        First
      </button>
      <p>
        Showing {index + 1} of {people.length}
      </p>
      <ProfileCard user={user} />
    </div>
  );
}
