// Runs a `.ts` program dx compiled (its top level is the exported `main`) under node. Shared by
// the differential runner (run.mjs) and the test262 runner (conformance/test262/run.mjs).
import { readFileSync } from "node:fs";

/** Compiles and instantiates the dx module at `path` with the host's imports, then calls `main`.
 *  `log(values)` receives the raw values of each `console.log` line. */
export async function runWasmMain(path, createImports, log) {
  const module = await WebAssembly.compile(readFileSync(path));
  const imports = createImports(module, { log });
  const instance = await WebAssembly.instantiate(module, imports);
  instance.exports.main();
}

/** How an error thrown by `runWasmMain` is reported: its name, plus the message for traps,
 *  compile and link errors. */
export function describeWasmThrow(e) {
  return "throws " + (e instanceof WebAssembly.RuntimeError ? "wasm trap: " + e.message : e && e.name) + (e instanceof WebAssembly.CompileError || e instanceof WebAssembly.LinkError ? ": " + e.message : "");
}
