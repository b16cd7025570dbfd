import { useEffect, useState } from "react";

export default function App() {
  const [unread, setUnread] = useState(0);
  const [page, setPage] = useState("Inbox");
  const [shownTitle, setShownTitle] = useState("");

  useEffect(() => {
    const previous = document.title;
    document.title = unread > 0 ? `(${unread}) ${page} — Mail` : `${page} — Mail`;
    setShownTitle(document.title);
    return () => {
      document.title = previous;
    };
  }, [unread, page]);

  return (
    <div>
      <nav>
        {["Inbox", "Sent", "Drafts"].map((p) => (
          <button key={p} onClick={() => setPage(p)} aria-current={p === page ? "page" : undefined}>
            {p}
          </button>
        ))}
      </nav>
      <button onClick={() => setUnread(unread + 1)}>New message arrives</button>
      <button onClick={() => setUnread(0)}>Mark all read</button>
      <p>Tab title: “{shownTitle}”</p>
    </div>
  );
}
