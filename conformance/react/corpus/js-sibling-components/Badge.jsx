export default function Badge({ tone = "neutral", children }) {
  const colors = { neutral: "#eee", good: "#d1fae5", bad: "#fee2e2" };
  return <span style={{ background: colors[tone], padding: "0 6px", borderRadius: 8 }}>{children}</span>;
}
