import { useState } from "react";

interface LikeButtonProps {
  label: string;
  onIncrement: (by: number) => void;
  onReset?: () => void;
}

function LikeButtons({ label, onIncrement, onReset }: LikeButtonProps) {
  return (
    <div className="likes">
      <span>{label}</span>
      <button onClick={() => onIncrement(1)}>+1</button>
      <button onClick={() => onIncrement(5)}>+5</button>
      {onReset && <button onClick={onReset}>reset</button>}
    </div>
  );
}

type Totals = Record<"posts" | "photos", number>;

export default function App() {
  const [totals, setTotals] = useState<Totals>({ posts: 0, photos: 0 });

  const incrementFor =
    (key: keyof Totals) =>
    (by: number): void =>
      setTotals((t) => ({ ...t, [key]: t[key] + by }));

  return (
    <div>
      <LikeButtons label="Posts" onIncrement={incrementFor("posts")} onReset={() => setTotals({ ...totals, posts: 0 })} />
      <LikeButtons label="Photos" onIncrement={incrementFor("photos")} />
      <p>
        Posts: {totals.posts}, Photos: {totals.photos}, All: {totals.posts + totals.photos}
      </p>
    </div>
  );
}
