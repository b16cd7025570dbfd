import { useState } from "react";

const LIMIT = 40;

export default function App() {
  const [text, setText] = useState("Short bios are best.");
  const [posts, setPosts] = useState([]);

  const remaining = LIMIT - text.length;
  const tone = remaining < 0 ? "over" : remaining < 10 ? "close" : "ok";

  return (
    <div>
      <textarea value={text} onChange={(e) => setText(e.target.value)} rows={3} aria-describedby="counter" />
      <p id="counter" className={`counter counter--${tone}`}>
        {remaining >= 0 ? `${remaining} characters left` : `${-remaining} over the limit`}
      </p>
      <button disabled={remaining < 0 || text.trim() === ""} onClick={() => { setPosts([text, ...posts]); setText(""); }}>
        Post
      </button>
      <button onClick={() => setText(text + " More words here.")}>Add filler</button>
      {posts.map((p, i) => (
        <blockquote key={posts.length - i}>{p}</blockquote>
      ))}
    </div>
  );
}
