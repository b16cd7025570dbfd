import { Fragment, useState } from "react";

type Crumb = { label: string; path: string };

function Breadcrumbs({ crumbs, onNavigate }: { crumbs: Crumb[]; onNavigate: (index: number) => void }) {
  return (
    <nav aria-label="Breadcrumb">
      {crumbs.map((crumb, i) => {
        const last = i === crumbs.length - 1;
        return (
          <Fragment key={crumb.path}>
            {last ? (
              <span aria-current="page">{crumb.label}</span>
            ) : (
              <button className="link" onClick={() => onNavigate(i)}>
                {crumb.label}
              </button>
            )}
            {!last && <span className="sep"> / </span>}
          </Fragment>
        );
      })}
    </nav>
  );
}

const folders = ["Documents", "Taxes", "2023", "Receipts"];

export default function App() {
  const [depth, setDepth] = useState(2);
  const crumbs: Crumb[] = [{ label: "Home", path: "/" }, ...folders.slice(0, depth).map((f, i) => ({ label: f, path: "/" + folders.slice(0, i + 1).join("/") }))];

  return (
    <div>
      <Breadcrumbs crumbs={crumbs} onNavigate={(i) => setDepth(i)} />
      <p>Current path: {crumbs[crumbs.length - 1].path}</p>
      {depth < folders.length ? <button onClick={() => setDepth(depth + 1)}>Open “{folders[depth]}”</button> : <p>No subfolders.</p>}
    </div>
  );
}
