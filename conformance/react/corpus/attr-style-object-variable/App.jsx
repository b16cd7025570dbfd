import { useState } from "react";

// A style object kept in a variable (and picked by a condition) is written as React writes an
// object literal in `style={{ … }}`: kebab-case names, `px` after non-zero lengths.
const styles = {
  card: { backgroundColor: "#eef", padding: 12, borderRadius: 4, lineHeight: 1.5 },
  hot: { backgroundColor: "tomato", padding: 0, borderRadius: 8, lineHeight: 2 },
};
export default function App() {
  const [hot, setHot] = useState(false);
  const style = hot ? styles.hot : styles.card;
  return (
    <div style={style}>
      <button onClick={() => setHot(!hot)}>Toggle</button>
    </div>
  );
}
