import { useState } from "react";
import type { ReactNode } from "react";

interface LayoutProps {
  sidebar?: ReactNode;
  toolbar: ReactNode;
  children: ReactNode;
}

function Layout({ sidebar, toolbar, children }: LayoutProps) {
  return (
    <div className="layout" style={{ display: "grid", gridTemplateColumns: sidebar ? "120px 1fr" : "1fr" }}>
      {sidebar && <aside>{sidebar}</aside>}
      <main>
        <div className="toolbar">{toolbar}</div>
        {children}
      </main>
    </div>
  );
}

const channels = ["general", "random", "help"];

export default function App() {
  const [channel, setChannel] = useState("general");
  const [showSidebar, setShowSidebar] = useState(true);

  const sidebar = (
    <ul>
      {channels.map((c) => (
        <li key={c}>
          <button onClick={() => setChannel(c)} disabled={c === channel}>
            #{c}
          </button>
        </li>
      ))}
    </ul>
  );

  return (
    <Layout
      sidebar={showSidebar ? sidebar : null}
      toolbar={
        <>
          <strong>#{channel}</strong> <button onClick={() => setShowSidebar(!showSidebar)}>{showSidebar ? "Hide" : "Show"} channels</button>
        </>
      }
    >
      <p>Messages in #{channel} appear here.</p>
    </Layout>
  );
}
