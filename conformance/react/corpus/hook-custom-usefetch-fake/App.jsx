import { useEffect, useState } from "react";

const fakeDb = {
  1: { title: "Build a birdhouse", steps: 4 },
  2: { title: "Bake sourdough", steps: 9 },
  3: { title: "Fix a bike chain", steps: 5 },
};

function fakeApi(id) {
  return new Promise((resolve, reject) => {
    queueMicrotask(() => (fakeDb[id] ? resolve(fakeDb[id]) : reject(new Error(`Guide ${id} not found`))));
  });
}

function useGuide(id) {
  const [state, setState] = useState({ status: "loading", data: null, error: null });
  useEffect(() => {
    let active = true;
    setState({ status: "loading", data: null, error: null });
    fakeApi(id)
      .then((data) => active && setState({ status: "success", data, error: null }))
      .catch((error) => active && setState({ status: "error", data: null, error: error.message }));
    return () => {
      active = false;
    };
  }, [id]);
  return state;
}

export default function App() {
  const [id, setId] = useState(1);
  const { status, data, error } = useGuide(id);

  return (
    <div>
      <button onClick={() => setId(id - 1)} disabled={id <= 1}>Previous</button>
      <button onClick={() => setId(id + 1)}>Next</button>
      <p>Guide #{id}</p>
      {status === "loading" && <p>Loading…</p>}
      {status === "error" && <p role="alert">{error}</p>}
      {status === "success" && (
        <article>
          <h3>{data.title}</h3>
          <p>{data.steps} steps</p>
        </article>
      )}
    </div>
  );
}
