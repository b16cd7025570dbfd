import { createContext, useContext, useState, type ReactNode } from "react";

type Theme = "light" | "dark";

const ThemeContext = createContext<Theme>("light");

function Panel({ title, children }: { title: string; children: ReactNode }) {
  const theme = useContext(ThemeContext);
  return (
    <section
      className={"panel-" + theme}
      style={{ background: theme === "dark" ? "#1e1e1e" : "#fafafa", color: theme === "dark" ? "#eee" : "#222" }}
    >
      <h1>{title}</h1>
      {children}
    </section>
  );
}

function Button({ children, onClick }: { children: ReactNode; onClick: () => void }) {
  const theme = useContext(ThemeContext);
  return (
    <button className={"button-" + theme} onClick={onClick}>
      {children}
    </button>
  );
}

export default function App() {
  const [theme, setTheme] = useState<Theme>("light");
  const [signedUp, setSignedUp] = useState(false);
  return (
    <ThemeContext value={theme}>
      <Panel title="Welcome">
        <Button onClick={() => setSignedUp(true)}>{signedUp ? "Signed up ✓" : "Sign up"}</Button>
        <Button onClick={() => setSignedUp(false)}>Log out</Button>
      </Panel>
      <label>
        <input type="checkbox" checked={theme === "dark"} onChange={(e) => setTheme(e.target.checked ? "dark" : "light")} />
        Use dark mode
      </label>
    </ThemeContext>
  );
}
