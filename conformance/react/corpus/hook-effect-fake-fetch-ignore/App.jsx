import { useEffect, useState } from "react";

const bios = {
  Alice: "Alice is a botanist who studies ferns.",
  Bob: "Bob restores vintage motorcycles.",
  Taylor: "Taylor writes children's books.",
};

function fetchBio(person) {
  return Promise.resolve().then(() => "This is " + person + "'s bio. " + bios[person]);
}

export default function App() {
  const [person, setPerson] = useState("Alice");
  const [bio, setBio] = useState(null);
  const [requests, setRequests] = useState(0);

  useEffect(() => {
    let ignore = false;
    setBio(null);
    setRequests((r) => r + 1);
    fetchBio(person).then((result) => {
      if (!ignore) setBio(result);
    });
    return () => {
      ignore = true;
    };
  }, [person]);

  return (
    <>
      <select value={person} onChange={(e) => setPerson(e.target.value)}>
        {Object.keys(bios).map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
      <hr />
      <p>
        <i>{bio ?? "Loading..."}</i>
      </p>
      <small>{requests} requests started</small>
    </>
  );
}
