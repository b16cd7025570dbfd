import { useState, type ChangeEvent } from "react";

interface Artwork {
  title: string;
  city: string;
}

interface Person {
  name: string;
  artwork: Artwork;
}

export default function App() {
  const [person, setPerson] = useState<Person>({
    name: "Niki de Saint Phalle",
    artwork: { title: "Blue Nana", city: "Hamburg" },
  });

  function handleNameChange(e: ChangeEvent<HTMLInputElement>) {
    setPerson({ ...person, name: e.target.value });
  }

  function handleTitleChange(e: ChangeEvent<HTMLInputElement>) {
    setPerson({ ...person, artwork: { ...person.artwork, title: e.target.value } });
  }

  function handleCityChange(e: ChangeEvent<HTMLInputElement>) {
    setPerson({ ...person, artwork: { ...person.artwork, city: e.target.value } });
  }

  return (
    <>
      <label>
        Name: <input value={person.name} onChange={handleNameChange} />
      </label>
      <label>
        Title: <input value={person.artwork.title} onChange={handleTitleChange} />
      </label>
      <label>
        City: <input value={person.artwork.city} onChange={handleCityChange} />
      </label>
      <p>
        <i>{person.artwork.title}</i>
        {" by "}
        {person.name}
        <br />
        (located in {person.artwork.city})
      </p>
    </>
  );
}
