function Badge({ label }) {
  return <span className="badge">{label}</span>;
}

export { Badge as default };
