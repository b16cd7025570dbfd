// Differential runner: runs each program twice under node — as plain JavaScript (types
// stripped by oxc) and as the wasm module dx compiled — and prints both outputs as JSON.
// Usage: node run.mjs <dir> ; <dir> holds host.js and, per program, <name>.mjs + <name>.wasm.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { format } from "node:util";
import { describeWasmThrow, runWasmMain } from "./wasm-main.mjs";

const dir = process.argv[2];
const { createImports } = await import(pathToFileURL(join(dir, "host.js")).href);
const names = readdirSync(dir).filter((f) => f.endsWith(".mjs")).map((f) => f.slice(0, -4)).sort();
const results = {};
const realLog = console.log;

for (const name of names) {
  const js = [];
  console.log = (...values) => js.push(format(...values));
  try {
    await import(pathToFileURL(join(dir, name + ".mjs")).href);
  } catch (e) {
    js.push("throws " + (e && e.name));
  } finally {
    console.log = realLog;
  }

  const wasm = [];
  try {
    await runWasmMain(join(dir, name + ".wasm"), createImports, (values) => wasm.push(format(...values)));
  } catch (e) {
    wasm.push(describeWasmThrow(e));
  }
  results[name] = { js, wasm };
}
// A lone surrogate cannot travel through JSON to Rust: show it as <U+XXXX> (on both sides alike).
const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const visible = (line) => line.replace(lone, (c) => "<U+" + c.charCodeAt(0).toString(16).toUpperCase() + ">");
for (const r of Object.values(results)) {
  r.js = r.js.map(visible);
  r.wasm = r.wasm.map(visible);
}
realLog(JSON.stringify(results));
