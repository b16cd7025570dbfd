import { useState } from "react";

// A value that is text in one case and markup in the other, kept in a const or a let.
const BOOKS = [
  { id: 1, title: "Dune", onLoan: false },
  { id: 2, title: "Emma", onLoan: true },
  { id: 3, title: "Ubik", onLoan: false },
];

function Book({ book, highlight }) {
  const title = book.onLoan ? <s>{book.title}</s> : book.title;
  let badge = "available";
  if (book.onLoan) badge = <em>on loan</em>;
  if (highlight) badge = <strong>{badge}</strong>;
  return (
    <li>
      {title} ({badge})
    </li>
  );
}

export default function App() {
  const [books, setBooks] = useState(BOOKS);
  const [picked, setPicked] = useState(1);
  return (
    <div>
      <button onClick={() => setBooks(books.map((b) => (b.id === picked ? { ...b, onLoan: !b.onLoan } : b)))}>
        Lend / return
      </button>
      <button onClick={() => setPicked((picked % 3) + 1)}>Next book</button>
      <ul>
        {books.map((b) => (
          <Book key={b.id} book={b} highlight={b.id === picked} />
        ))}
      </ul>
    </div>
  );
}
