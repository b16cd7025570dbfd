import { useState } from "react";

function Reply({ comment, onReply }) {
  const [replying, setReplying] = useState(false);
  const [text, setText] = useState("");

  function submit(e) {
    e.preventDefault();
    if (!text.trim()) return;
    onReply(comment.id, text.trim());
    setText("");
    setReplying(false);
  }

  return (
    <li>
      <p>{comment.text}</p>
      {replying ? (
        <form onSubmit={submit}>
          <input value={text} onChange={(e) => setText(e.target.value)} placeholder="Write a reply" />
          <button type="submit">Post</button>
          <button type="button" onClick={() => setReplying(false)}>Cancel</button>
        </form>
      ) : (
        <button onClick={() => setReplying(true)}>Reply</button>
      )}
      {comment.children.length > 0 && (
        <ul>
          {comment.children.map((c) => (
            <Reply key={c.id} comment={c} onReply={onReply} />
          ))}
        </ul>
      )}
    </li>
  );
}

function insert(list, parentId, node) {
  return list.map((c) =>
    c.id === parentId ? { ...c, children: [...c.children, node] } : { ...c, children: insert(c.children, parentId, node) }
  );
}

export default function App() {
  const [comments, setComments] = useState([
    { id: 1, text: "Great article!", children: [] },
    { id: 2, text: "I disagree with point 3.", children: [{ id: 3, text: "Why?", children: [] }] },
  ]);
  const [nextId, setNextId] = useState(4);

  function handleReply(parentId, text) {
    setComments(insert(comments, parentId, { id: nextId, text, children: [] }));
    setNextId(nextId + 1);
  }

  return <ul className="thread">{comments.map((c) => <Reply key={c.id} comment={c} onReply={handleReply} />)}</ul>;
}
