import { useState } from "react";

type Authors = string | string[] | null | undefined;

function toList(value: Authors): string[] {
  if (value == null) return [];
  return typeof value === "string" ? [value] : value;
}

function formatNames(names: string[]): string {
  if (names.length <= 2) return names.join(" and ");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

function Byline({ authors }: { authors?: Authors }) {
  const list = toList(authors);
  if (list.length === 0) return <p className="byline">Anonymous</p>;
  return <p className="byline">By {formatNames(list)}</p>;
}

const variants: Authors[] = ["Kim Lee", ["Rosa Diaz", "Amy Santiago"], ["A", "B", "C", "D"], null, []];

export default function App() {
  const [i, setI] = useState(0);
  const current = variants[i];

  return (
    <article>
      <h3>Article draft</h3>
      <Byline authors={current} />
      <Byline />
      <button onClick={() => setI((i + 1) % variants.length)}>Next byline</button>
      <p>
        Raw value is {current === null ? "null" : Array.isArray(current) ? `an array of ${current.length}` : typeof current}
      </p>
    </article>
  );
}
