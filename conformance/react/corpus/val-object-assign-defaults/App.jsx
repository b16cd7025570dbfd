import { useState } from "react";

const DEFAULTS = { size: "medium", color: "gray", rounded: false, shadow: 1 };

function buildConfig(...layers) {
  return Object.assign({}, DEFAULTS, ...layers);
}

const presets = {
  none: {},
  brand: { color: "indigo", rounded: true },
  loud: { size: "large", color: "red", shadow: 3 },
};

export default function App() {
  const [preset, setPreset] = useState("none");
  const [overrides, setOverrides] = useState({});

  const config = buildConfig(presets[preset], overrides);
  const changed = Object.keys(config).filter((k) => config[k] !== DEFAULTS[k]);

  return (
    <div>
      {Object.keys(presets).map((name) => (
        <button key={name} onClick={() => setPreset(name)} aria-pressed={preset === name}>
          {name}
        </button>
      ))}
      <button onClick={() => setOverrides((o) => ({ ...o, shadow: (o.shadow ?? 0) + 1 }))}>More shadow</button>
      <button onClick={() => setOverrides({})}>Reset overrides</button>
      <dl>
        {Object.entries(config).map(([key, value]) => (
          <div key={key} className={changed.includes(key) ? "changed" : undefined}>
            <dt>{key}</dt>
            <dd>{String(value)}</dd>
          </div>
        ))}
      </dl>
      <p>{changed.length === 0 ? "Using defaults" : `${changed.length} changed: ${changed.join(", ")}`}</p>
    </div>
  );
}
