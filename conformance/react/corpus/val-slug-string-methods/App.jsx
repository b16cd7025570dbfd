import { useState } from "react";

function slugify(title) {
  return title
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, "")
    .split(/\s+/)
    .filter(Boolean)
    .join("-");
}

function initials(title) {
  return title
    .split(" ")
    .filter((w) => w.length > 0)
    .map((w) => w[0].toUpperCase())
    .slice(0, 3)
    .join("");
}

export default function App() {
  const [title, setTitle] = useState("  Hello, World: A First Post! ");
  const slug = slugify(title);
  const isDraft = title.trimStart().startsWith("[draft]");
  const tooLong = slug.length > 30;

  return (
    <div>
      <input value={title} onChange={(e) => setTitle(e.target.value)} aria-label="Post title" />
      <button onClick={() => setTitle((t) => (t.includes("[draft]") ? t.replace("[draft]", "") : "[draft] " + t))}>
        Toggle draft
      </button>
      <button onClick={() => setTitle("")}>Clear</button>
      <p>
        URL: /blog/<code>{slug || "untitled"}</code>
      </p>
      <p>Initials: {initials(title) || "?"}</p>
      <p>{isDraft ? "This post is a draft" : "Ready to publish"}</p>
      {tooLong && <p className="warn">Slug is {slug.length - 30} characters too long</p>}
      <p>{"=".repeat(Math.min(slug.length, 40))}</p>
      <p>Word count: {title.trim() ? title.trim().split(/\s+/).length : 0}</p>
    </div>
  );
}
