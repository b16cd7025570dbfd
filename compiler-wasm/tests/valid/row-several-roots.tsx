// List rows of several roots: a keyed fragment, a row whose top is a conditional (different
// elements) and a row that is a list of its own.
import { Fragment, useState } from "react";

type Term = { id: number; word: string; notes: string[]; open: boolean };

function Row({ on }: { on: boolean }) {
  return on ? <b>a</b> : <i>b</i>;
}

export default function App() {
  const [terms, setTerms] = useState<Term[]>([{ id: 1, word: "a", notes: ["n"], open: true }]);
  return (
    <div>
      <dl>
        {terms.map((t) => (
          <Fragment key={t.id}>
            <dt onClick={() => setTerms(terms.filter((x) => x.id !== t.id))}>{t.word}</dt>
            {t.open && <dd>{t.word}</dd>}
          </Fragment>
        ))}
      </dl>
      <p>{terms.map((t) => <Row key={t.id} on={t.open} />)}</p>
      <div>{terms.map((t) => <Fragment key={t.id}>{t.notes.map((n) => <span key={n}>{n}</span>)}</Fragment>)}</div>
    </div>
  );
}
