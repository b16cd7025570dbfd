import { useState } from "react";

type PollOptionProps = {
  label: string;
  votes: number;
  total: number;
  onVote: (label: string) => void;
};

function PollOption({ label, votes, total, onVote }: PollOptionProps) {
  const [voted, setVoted] = useState(false);
  const pct = total === 0 ? 0 : Math.round((votes / total) * 100);

  return (
    <li>
      <button
        disabled={voted}
        onClick={() => {
          setVoted(true);
          onVote(label);
        }}
      >
        {voted ? "✓ " : ""}
        {label}
      </button>
      <span className="bar" style={{ width: pct * 2, display: "inline-block", background: "#9cf" }}>
        &nbsp;
      </span>
      <span>{pct}%</span>
    </li>
  );
}

export default function App() {
  const [tally, setTally] = useState<Record<string, number>>({ Cats: 3, Dogs: 2, Fish: 0 });
  const total = Object.values(tally).reduce((a, b) => a + b, 0);

  return (
    <div>
      <h3>Best pet? ({total} votes)</h3>
      <ul>
        {Object.entries(tally).map(([label, votes]) => (
          <PollOption
            key={label}
            label={label}
            votes={votes}
            total={total}
            onVote={(l) => setTally((t) => ({ ...t, [l]: t[l] + 1 }))}
          />
        ))}
      </ul>
    </div>
  );
}
