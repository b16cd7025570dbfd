// test262 runner, node side: runs each rewritten test twice — as JavaScript and as the wasm dx
// compiled — and prints "ready" once started, then one JSON line per test: {"id", "js": side, "wasm": side}, where a side is
// {"lines": [...], "failed": [...], "error": null | "throws …"}.
// Usage: node run.mjs <dir>, with the test ids (one a line) on stdin; <dir> holds host.js and,
// per test, <id>.mjs + <id>.wasm. Lines are printed as each test ends, so the Rust side can tell
// which test hung when one does.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describeWasmThrow, runWasmMain } from "../../compiler-wasm/tests/differential/wasm-main.mjs";

const MARKER = "__262__";
const dir = process.argv[2];
const ids = readFileSync(0, "utf8").split("\n").filter(Boolean);
const { createImports } = await import(pathToFileURL(join(dir, "host.js")).href);
process.stdout.write("ready\n");

/** A value as a line shows it, with its type: `-0` and `"1"` differ from `0` and `1`. */
function show(v) {
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "number") return Object.is(v, -0) ? "-0" : String(v);
  if (typeof v === "boolean") return String(v);
  return typeof v + ":" + String(v);
}

/** The harness check a marked line stands for: null when it holds, else what failed. */
function check(values) {
  const [, kind, n, a, b] = values;
  const holds =
    kind === "sameValue" ? Object.is(a, b)
    : kind === "notSameValue" ? !Object.is(a, b)
    : kind === "assert" ? a === true
    : false;
  return holds ? null : `#${n} ${kind}(${values.slice(3).map(show).join(", ")})`;
}

function recorder() {
  const side = { lines: [], failed: [], error: null };
  side.log = (values) => {
    side.lines.push(values.map(show).join(" "));
    if (values[0] === MARKER) {
      const failed = check(values);
      if (failed) side.failed.push(failed);
    }
  };
  return side;
}

const realLog = console.log;
for (const id of ids) {
  const js = recorder();
  console.log = (...values) => js.log(values);
  try {
    await import(pathToFileURL(join(dir, id + ".mjs")).href);
  } catch (e) {
    js.error = "throws " + (e && e.name) + (e && e.message ? ": " + e.message : "");
  } finally {
    console.log = realLog;
  }

  const wasm = recorder();
  try {
    await runWasmMain(join(dir, id + ".wasm"), createImports, wasm.log);
  } catch (e) {
    wasm.error = describeWasmThrow(e);
  }
  delete js.log;
  delete wasm.log;
  process.stdout.write(JSON.stringify({ id, js, wasm }) + "\n");
}
