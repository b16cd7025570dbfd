import { useState } from "react";

const thread = {
  id: "c1",
  author: "maria",
  text: "Has anyone tried the new trail by the lake?",
  replies: [
    {
      id: "c2",
      author: "tom",
      text: "Yes! It's muddy after rain though.",
      replies: [
        { id: "c4", author: "maria", text: "Good to know, thanks.", replies: [] },
      ],
    },
    { id: "c3", author: "lee", text: "Going this weekend.", replies: [] },
  ],
};

function Comment({ comment, depth }) {
  const [collapsed, setCollapsed] = useState(false);
  const [likes, setLikes] = useState(0);

  return (
    <div className="comment" style={{ marginLeft: depth * 16 }}>
      <p>
        <b>{comment.author}</b>: {comment.text}
      </p>
      <button onClick={() => setLikes((l) => l + 1)}>
        {likes === 0 ? "Like" : `Liked ×${likes}`}
      </button>
      {comment.replies.length > 0 && (
        <button onClick={() => setCollapsed(!collapsed)}>
          {collapsed ? `Show ${comment.replies.length} replies` : "Hide replies"}
        </button>
      )}
      {!collapsed &&
        comment.replies.map((reply) => (
          <Comment key={reply.id} comment={reply} depth={depth + 1} />
        ))}
    </div>
  );
}

export default function App() {
  return (
    <div>
      <h3>Discussion</h3>
      <Comment comment={thread} depth={0} />
    </div>
  );
}
