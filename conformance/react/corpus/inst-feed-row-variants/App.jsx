import { useState } from "react";

const feed = [
  { id: 1, kind: "photo", author: "kim", caption: "Sunset", tags: ["beach", "summer"] },
  { id: 2, kind: "text", author: "raj", body: "Finished my first marathon!" },
  { id: 3, kind: "poll", author: "ana", question: "Tea or coffee?", choices: ["Tea", "Coffee"] },
  { id: 4, kind: "photo", author: "raj", caption: "New bike", tags: [] },
];

function PollBody({ question, choices }) {
  const [picked, setPicked] = useState(null);
  return (
    <div>
      <p>{question}</p>
      {choices.map((c) => (
        <button key={c} onClick={() => setPicked(c)} aria-pressed={picked === c}>
          {c}
        </button>
      ))}
      {picked && <small>You voted {picked}</small>}
    </div>
  );
}

function FeedRow({ post }) {
  const [liked, setLiked] = useState(false);
  let body;
  if (post.kind === "photo") {
    body = (
      <figure>
        <div className="placeholder-img">[{post.caption}]</div>
        {post.tags.length > 0 ? (
          <ul className="tags">{post.tags.map((t) => <li key={t}>#{t}</li>)}</ul>
        ) : (
          <figcaption>no tags</figcaption>
        )}
      </figure>
    );
  } else if (post.kind === "poll") {
    body = <PollBody question={post.question} choices={post.choices} />;
  } else {
    body = <p>{post.body}</p>;
  }
  return (
    <article className={`post post-${post.kind}`}>
      <header>@{post.author}</header>
      {body}
      <button onClick={() => setLiked(!liked)}>{liked ? "♥ Liked" : "♡ Like"}</button>
    </article>
  );
}

export default function App() {
  const [onlyFrom, setOnlyFrom] = useState("all");
  const visible = onlyFrom === "all" ? feed : feed.filter((p) => p.author === onlyFrom);
  return (
    <div>
      <select value={onlyFrom} onChange={(e) => setOnlyFrom(e.target.value)}>
        <option value="all">Everyone</option>
        <option value="raj">raj</option>
        <option value="ana">ana</option>
      </select>
      {visible.map((p) => <FeedRow key={p.id} post={p} />)}
    </div>
  );
}
