// The apps of the table benchmark, as data: how each is built, where its output lands and how
// its page exposes wasm linear memory. build.mjs and run.mjs read only this list.
//
// kind:
//   esbuild  bundled from `entry` by esbuild (with the plugin the framework needs)
//   leptos   cargo (wasm32) + wasm-bindgen --target web
//   dx       `dx build <source> [--mode <mode>]`; skipped with a message while `source` does not exist yet
import { existsSync } from "node:fs";
import { join } from "node:path";

/** Repository root (bench/table/../..). */
export const repoRoot = new URL("../../", import.meta.url).pathname;
/** Where built apps go: dist/<name>/ holds index.html and the app's files. */
export const distDir = new URL("dist/", import.meta.url).pathname;

// Page-side memory hooks: serialised with Function.prototype.toString and run in the page.
const noWasmMemory = () => 0;
const leptosMemory = () => (window.__wasm_memory ? window.__wasm_memory.buffer.byteLength : 0);
const dxMemory = () =>
  window.__dx_memory instanceof WebAssembly.Memory ? window.__dx_memory.buffer.byteLength : 0;

export const frameworks = [
  {
    name: "vanilla",
    label: "vanilla JS",
    kind: "esbuild",
    entry: "vanilla/app.js",
    staticMarkup: true,
    memoryBytes: noWasmMemory,
  },
  {
    name: "solid",
    label: "SolidJS",
    kind: "esbuild",
    entry: "solid/app.jsx",
    npmPackage: "solid-js",
    memoryBytes: noWasmMemory,
  },
  {
    name: "svelte5",
    label: "Svelte 5",
    kind: "esbuild",
    entry: "svelte5/main.js",
    npmPackage: "svelte",
    memoryBytes: noWasmMemory,
  },
  {
    name: "leptos",
    label: "Leptos (CSR)",
    kind: "leptos",
    crateDir: "leptos",
    crateVersion: "leptos 0.8.23",
    memoryBytes: leptosMemory,
  },
  {
    name: "dx-tsx",
    label: "dx (.tsx)",
    kind: "dx",
    source: "examples/js-framework-benchmark/app.tsx",
    memoryBytes: dxMemory,
  },
  {
    name: "dx-dx",
    label: "dx (.dx)",
    kind: "dx",
    source: "examples/js-framework-benchmark/app.dx",
    memoryBytes: dxMemory,
  },
  // The .tsx source with the other back-end (dx build picks Micro for every UI app: see
  // bench/results/crossover.md), so both back-ends are measured side by side.
  {
    name: "dx-tsx-macro",
    label: "dx (.tsx, Macro)",
    kind: "dx",
    source: "examples/js-framework-benchmark/app.tsx",
    mode: "macro",
    memoryBytes: dxMemory,
  },
];

/** Why a framework cannot be built on this checkout, or null when it can. */
export function missingReason(framework) {
  if (framework.kind === "dx" && !existsSync(join(repoRoot, framework.source))) {
    return `${framework.source} does not exist yet (dx has no lists until the compiler gains them)`;
  }
  return null;
}

/** Selects frameworks by a comma-separated list of names (all when empty). */
export function selectFrameworks(names) {
  if (!names) return frameworks;
  const wanted = names.split(",").map((n) => n.trim()).filter(Boolean);
  for (const name of wanted) {
    if (!frameworks.some((f) => f.name === name)) {
      throw new Error(`unknown framework "${name}"; known: ${frameworks.map((f) => f.name).join(", ")}`);
    }
  }
  return frameworks.filter((f) => wanted.includes(f.name));
}
