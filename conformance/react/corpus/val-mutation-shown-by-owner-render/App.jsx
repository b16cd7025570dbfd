import { useState } from "react";

// A bug React's docs warn about, kept on purpose: `post` changes the state array in place
// instead of calling a setter. The new post appears only when the component owning the array
// renders again ("Refresh"), not when a sibling re-renders (the composer clearing its draft).
function Composer({ onPost }) {
  const [draft, setDraft] = useState("");
  return (
    <div>
      <input value={draft} onChange={(e) => setDraft(e.target.value)} />
      <button
        className="post"
        onClick={() => {
          setDraft("");
          onPost(draft);
        }}
      >
        Post
      </button>
    </div>
  );
}

function Feed({ posts }) {
  return (
    <ul>
      {posts.map((p) => (
        <li key={p.id}>{p.text}</li>
      ))}
    </ul>
  );
}

export default function App() {
  const [posts] = useState([{ id: 1, text: "hello" }]);
  const [renders, setRenders] = useState(0);
  function post(text) {
    posts.push({ id: posts.length + 1, text });
  }
  return (
    <div>
      <Composer onPost={post} />
      <Feed posts={posts} />
      <button className="refresh" onClick={() => setRenders(renders + 1)}>
        Refresh ({renders})
      </button>
    </div>
  );
}
