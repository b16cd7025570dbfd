// A keyed list over nullable strings (a fuzzing finding: the kept-row comparison of such
// items was emitted as an i32 comparison of strings, an invalid module).
export default function Options() {
  return (
    <select>
      {[null, "weekly", "monthly"].map((f) => (
        <option key={f ?? "none"} value={f ?? ""}>
          {f}
        </option>
      ))}
    </select>
  );
}
