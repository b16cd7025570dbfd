import { useState } from "react";

interface Comment {
  id: number;
  author: string;
  text: string;
  edited?: boolean;
}

export default function App() {
  const [comments, setComments] = useState<Comment[]>([]);
  const [loggedIn, setLoggedIn] = useState(false);
  const [showAll, setShowAll] = useState(false);

  const visible = showAll ? comments : comments.slice(0, 2);

  function addComment() {
    const id = comments.length + 1;
    setComments([...comments, { id, author: loggedIn ? "you" : "guest", text: `Comment number ${id}`, edited: id % 2 === 0 }]);
  }

  return (
    <div>
      <button onClick={() => setLoggedIn(!loggedIn)}>{loggedIn ? "Log out" : "Log in"}</button>
      <button onClick={addComment}>Add comment</button>
      {loggedIn ? <p>Welcome back!</p> : <p>Log in to comment with your name.</p>}
      {comments.length > 0 ? (
        <ul>
          {visible.map((c) => (
            <li key={c.id}>
              <b>{c.author}</b>: {c.text}
              {c.edited && <i> (edited)</i>}
              {c.author === "you" ? <span> · yours</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>No comments yet.</p>
      )}
      {comments.length > 2 && !showAll && <button onClick={() => setShowAll(true)}>Show {comments.length - 2} more</button>}
    </div>
  );
}
