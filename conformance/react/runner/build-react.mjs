// The React side: one generated main per component, bundled by esbuild in production mode with
// React 19 into <out>/react/<name>/index.html (the bundles and their shared chunk under
// <out>/react/assets/).
import { build } from "esbuild";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/** The page both sides are compared in: React mounts into #app, as dx does. */
const page = (script) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>App</title></head>
<body><div id="app"></div><script type="module" src="${script}"></script></body>
</html>
`;

// `flushSync` renders the first frame before the flag is set, so "live" means rendered; passive
// effects and what they change are waited for by the quiet check like every other change.
// react-dom draws random numbers while its modules initialise; `reseed.js` (which imports it
// first) then starts the seeded sequence afresh before the app's own modules run, as the dx
// page's app starts it: module-level data made with `Math.random()` (`const todos =
// createTodos()`) and what renders and handlers draw later are the same on both pages.
const main = (entry) => `import { createRoot } from "react-dom/client";
import { flushSync } from "react-dom";
import "./reseed.js";
import App from ${JSON.stringify(entry)};
const root = createRoot(document.getElementById("app"));
flushSync(() => root.render(<App />));
globalThis.__corpusLive = true;
`;

/**
 * Builds every component with an entry; resolves to a Map name → error message for those whose
 * React side does not build (the others have a page at /react/<name>/).
 */
export async function buildReact(components, out) {
  const srcDir = join(out, "react-src");
  mkdirSync(srcDir, { recursive: true });
  const failed = new Map();
  const mains = new Map();
  writeFileSync(
    join(srcDir, "reseed.js"),
    'import "react-dom/client";\nimport "react-dom";\nglobalThis.__corpusReseed?.();\n',
  );
  for (const c of components) {
    const file = join(srcDir, `${c.name}.jsx`);
    writeFileSync(file, main(join(c.dir, c.entry)));
    mains.set(c.name, file);
    mkdirSync(join(out, "react", c.name), { recursive: true });
    writeFileSync(join(out, "react", c.name, "index.html"), page(`/react/assets/${encodeURIComponent(c.name)}.js`));
  }
  // One esbuild call for all: a component that breaks it is found from the error's file and
  // left out of the next call; errors that name no component's file fall back to one call each.
  let pending = [...components];
  for (let round = 0; pending.length > 0 && round < 5; round++) {
    const errors = await bundle(pending, mains, out);
    if (errors.length === 0) return failed;
    const blamed = blame(errors, pending, mains, out);
    if (blamed.size === 0) break;
    for (const [name, message] of blamed) failed.set(name, message);
    pending = pending.filter((c) => !blamed.has(c.name));
  }
  for (const c of pending) {
    const errors = await bundle([c], mains, out);
    if (errors.length > 0) failed.set(c.name, describe(errors[0], c, mains, out));
  }
  return failed;
}

/** One esbuild call; resolves to its errors (empty when it wrote the bundles). */
async function bundle(components, mains, out) {
  if (components.length === 0) return [];
  try {
    await build({
      entryPoints: components.map((c) => ({ in: mains.get(c.name), out: c.name })),
      outdir: join(out, "react", "assets"),
      absWorkingDir: out,
      bundle: true,
      splitting: true,
      format: "esm",
      target: "es2022",
      jsx: "automatic",
      loader: { ".js": "jsx" },
      define: { "process.env.NODE_ENV": '"production"' },
      // React comes from the runner's own node_modules, whatever directory the corpus is in.
      nodePaths: [join(here, "node_modules")],
      logLevel: "silent",
      write: true,
    });
    return [];
  } catch (error) {
    return error.errors ?? [{ text: String(error.message ?? error) }];
  }
}

/** The components the errors' files belong to, each with its first error's message. */
function blame(errors, components, mains, out) {
  const blamed = new Map();
  for (const error of errors) {
    if (!error.location) continue;
    // esbuild names files relative to its working directory, `out`.
    const file = resolve(out, error.location.file);
    const owner = components.find((c) => file === mains.get(c.name) || file.startsWith(c.dir + sep));
    if (owner && !blamed.has(owner.name)) blamed.set(owner.name, describe(error, owner, mains, out));
  }
  return blamed;
}

/** `build: <message> (<file relative to the component>:<line>:<col>)`, without absolute paths. */
function describe(error, component, mains, out) {
  // Messages name files relative to the temporary directory: keep the snapshot free of it.
  const firstLine = error.text
    .split("\n")[0]
    .replaceAll(relative(out, component.dir) + "/", "")
    .replaceAll(component.dir + "/", "")
    .replaceAll(out + "/", "");
  if (!error.location) return `build: ${firstLine}`;
  const { file, line, column } = error.location;
  const path = resolve(out, file);
  const name = path === mains.get(component.name) ? "(generated main)" : relative(component.dir, path);
  return `build: ${firstLine} (${name}:${line}:${column + 1})`;
}
