import { useState } from "react";

function Greeting({ name, excited = false }: { name: string; excited?: boolean }) {
  return <h1 id="greeting">Hello, {name === "" ? "stranger" : name}{excited ? "!" : "."}</h1>;
}

export default function NameForm() {
  const [name, setName] = useState("");
  return (
    <main>
      <Greeting name={name} excited={name.length > 5} />
      <input id="name" value={name} placeholder="Your name" onInput={(e) => setName(e.target.value)} />
      <p id="length" className={name.length > 10 ? "long" : "short"} style={"color: " + (name.length > 10 ? "crimson" : "seagreen")}>{name.length} characters</p>
    </main>
  );
}
