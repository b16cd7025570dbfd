// The dx side: `dx build <entry> --out <out>/dx/<name>` per component, a few at a time, each
// killed after a time limit, classified from its exit status and diagnostics.
import { spawn } from "node:child_process";
import { join } from "node:path";

export const BUILD_TIMEOUT_MS = 20_000;
/** The catalogue's code for compiler bugs (compiler-wasm/src/diagnostics/catalogue.rs). */
const INTERNAL_CODE = "DX0900";

/**
 * Builds every component with an entry, `jobs` at a time; resolves to a Map name → result:
 * `{ outcome: "built" }`, `{ outcome: "compile-error", code, message, at }` or
 * `{ outcome: "crash", reason }`.
 */
export async function buildDx(components, out, { dx, jobs }) {
  const results = new Map();
  const queue = [...components];
  const worker = async () => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      results.set(c.name, classify(await runBuild(dx, c, join(out, "dx", c.name))));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker));
  return results;
}

/** Runs one build in the component's folder (so diagnostics name files relative to it). */
function runBuild(dx, component, outDir) {
  return new Promise((resolve) => {
    let output = "";
    let timedOut = false;
    let child;
    try {
      child = spawn(dx, ["build", component.entry, "--out", outDir], { cwd: component.dir, stdio: ["ignore", "pipe", "pipe"] });
    } catch (error) {
      return resolve({ status: null, signal: null, output: "", spawnError: error.message });
    }
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, BUILD_TIMEOUT_MS);
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({ status: null, signal: null, output, spawnError: error.message });
    });
    child.on("close", (status, signal) => {
      clearTimeout(timer);
      // No temporary or absolute paths in what the snapshot may quote.
      output = output.replaceAll(outDir, "<out>").replaceAll(component.dir + "/", "");
      resolve({ status, signal, output, timedOut });
    });
  });
}

/** The outcome of one build from its exit status and output. */
export function classify({ status, signal, output, timedOut, spawnError }) {
  if (spawnError) return { outcome: "crash", reason: `cannot run dx: ${spawnError}` };
  if (timedOut) return { outcome: "crash", reason: `timeout: dx build ran over ${BUILD_TIMEOUT_MS / 1000} s` };
  if (signal) return { outcome: "crash", reason: `dx build killed by ${signal}` };
  if (status === 0) return { outcome: "built" };
  const panic = output.match(/panicked at ([^\n:]+)[^\n]*\n([^\n]*)/);
  if (panic) return { outcome: "crash", reason: `panic at ${panic[1]}: ${panic[2].trim()}` };
  const diagnostics = parseDiagnostics(output);
  if (status === 1 && diagnostics.length > 0) {
    const internal = diagnostics.find((d) => d.code === INTERNAL_CODE);
    if (internal) return { outcome: "crash", reason: `${internal.code} ${internal.message}` };
    const { code, message, at } = diagnostics[0];
    return { outcome: "compile-error", code, message, at };
  }
  const firstLine = output.split("\n").find((line) => line.trim() !== "") ?? "(no output)";
  return { outcome: "crash", reason: `dx build exited with ${status}: ${firstLine.trim()}` };
}

/**
 * The coded diagnostics in dx's output, first in source order (file, line, column): dx does not
 * always print several diagnostics in the same order, and the snapshot must not flicker.
 */
export function parseDiagnostics(output) {
  const found = [];
  for (const [, code, message, file = "", line = "0", col = "0"] of output.matchAll(/error\[(DX\d{4})\]: ([^\n]*)(?:\n\s*--> ([^\n]*):(\d+):(\d+))?/g)) {
    found.push({ code, message: message.trim(), file, line: Number(line), col: Number(col), at: file ? `${file}:${line}:${col}` : "" });
  }
  return found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col));
}
