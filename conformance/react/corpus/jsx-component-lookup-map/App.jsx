import { useState } from "react";

function TextBlock({ value }) {
  return <p>{value}</p>;
}

function QuoteBlock({ value, cite }) {
  return (
    <blockquote>
      {value}
      {cite && <footer>— {cite}</footer>}
    </blockquote>
  );
}

function ImageBlock({ alt }) {
  return <figure role="img" aria-label={alt}>[image: {alt}]</figure>;
}

function UnknownBlock({ type }) {
  return <p className="unknown">Unsupported block “{type}”</p>;
}

const blockComponents = {
  text: TextBlock,
  quote: QuoteBlock,
  image: ImageBlock,
};

const initialBlocks = [
  { id: "b1", type: "text", value: "Our trip started in the hills." },
  { id: "b2", type: "image", alt: "misty valley" },
  { id: "b3", type: "quote", value: "Not all who wander are lost.", cite: "Tolkien" },
  { id: "b4", type: "video", value: "clip.mp4" },
];

export default function App() {
  const [blocks, setBlocks] = useState(initialBlocks);

  const cycle = (id) => {
    const types = ["text", "quote", "image", "video"];
    setBlocks(blocks.map((b) => (b.id === id ? { ...b, type: types[(types.indexOf(b.type) + 1) % types.length], alt: b.alt ?? "placeholder" } : b)));
  };

  return (
    <div>
      {blocks.map((block) => {
        const Block = blockComponents[block.type] ?? UnknownBlock;
        return (
          <div key={block.id} className="block">
            <Block {...block} />
            <button onClick={() => cycle(block.id)}>Change type ({block.type})</button>
          </div>
        );
      })}
    </div>
  );
}
