import React from "react";

export default function App() {
  const [unread, setUnread] = React.useState(0);
  const [drafts, setDrafts] = React.useState(0);

  return (
    <div>
      <button onClick={() => setUnread(unread + 1)}>New message</button>
      <button onClick={() => setUnread(0)}>Mark all read</button>
      <button onClick={() => setDrafts((d) => (d ? 0 : 2))}>Toggle drafts</button>
      <nav>
        <span>
          Inbox {unread && <b className="badge">{unread}</b>}
        </span>
        {" | "}
        <span>
          Drafts {drafts > 0 && <b className="badge">{drafts}</b>}
        </span>
        {" | "}
        <span>Spam {unread > 2 ? <b>{unread - 2}</b> : null}</span>
      </nav>
      <p>
        {unread === 0 ? "You're all caught up" : `You have ${unread} unread`}
        {!!drafts && ` and ${drafts} drafts`}
      </p>
    </div>
  );
}
