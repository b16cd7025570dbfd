import { useEffect, useState } from "react";

function createConnection(room, log) {
  return {
    connect() {
      log(`✅ Connecting to "${room}"`);
    },
    disconnect() {
      log(`❌ Disconnected from "${room}"`);
    },
  };
}

function ChatRoom({ roomId, onLog }) {
  useEffect(() => {
    const connection = createConnection(roomId, onLog);
    connection.connect();
    return () => connection.disconnect();
  }, [roomId, onLog]);

  return <h3>Welcome to the {roomId} room!</h3>;
}

export default function App() {
  const [roomId, setRoomId] = useState("general");
  const [show, setShow] = useState(false);
  const [lines, setLines] = useState([]);
  const [onLog] = useState(() => (line) => setLines((l) => [...l, line]));

  return (
    <>
      <label>
        Choose the chat room:{" "}
        <select value={roomId} onChange={(e) => setRoomId(e.target.value)}>
          <option value="general">general</option>
          <option value="travel">travel</option>
          <option value="music">music</option>
        </select>
      </label>
      <button onClick={() => setShow(!show)}>{show ? "Close chat" : "Open chat"}</button>
      {show && <hr />}
      {show && <ChatRoom roomId={roomId} onLog={onLog} />}
      <ul className="log">
        {lines.map((l, i) => (
          <li key={i}>{l}</li>
        ))}
      </ul>
    </>
  );
}
