// Builds the apps of the table benchmark into dist/<name>/ (one after another: the machine has
// two cores and the Rust builds want both).
//
//   node build.mjs [--frameworks=vanilla,solid,...]
import { execFileSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import * as esbuild from "esbuild";
import { transformAsync } from "@babel/core";
import solidPreset from "babel-preset-solid";
import { compile as compileSvelte } from "svelte/compiler";
import { distDir, frameworks, missingReason, repoRoot, selectFrameworks } from "./frameworks.mjs";

const here = new URL(".", import.meta.url).pathname;

/** The stylesheets every app links (served from node_modules and bench/table by run.mjs). */
export const stylesheets = '<link rel="stylesheet" href="/css/bootstrap.min.css">\n<link rel="stylesheet" href="/css/main.css">';

// The static page of the vanilla app: vanilla JS keeps its markup in HTML.
const vanillaMarkup = `<div class="container">
  <div class="jumbotron"><div class="row">
    <div class="col-md-6"><h1>vanilla JS keyed</h1></div>
    <div class="col-md-6"><div class="row">
      <div class="col-sm-6 smallpad"><button type="button" class="btn btn-primary btn-block" id="run">Create 1,000 rows</button></div>
      <div class="col-sm-6 smallpad"><button type="button" class="btn btn-primary btn-block" id="runlots">Create 10,000 rows</button></div>
      <div class="col-sm-6 smallpad"><button type="button" class="btn btn-primary btn-block" id="add">Append 1,000 rows</button></div>
      <div class="col-sm-6 smallpad"><button type="button" class="btn btn-primary btn-block" id="update">Update every 10th row</button></div>
      <div class="col-sm-6 smallpad"><button type="button" class="btn btn-primary btn-block" id="clear">Clear</button></div>
      <div class="col-sm-6 smallpad"><button type="button" class="btn btn-primary btn-block" id="swaprows">Swap Rows</button></div>
    </div></div>
  </div></div>
  <table id="table" class="table table-hover table-striped test-data"><tbody id="tbody"></tbody></table>
  <span class="preloadicon glyphicon glyphicon-remove" aria-hidden="true"></span>
</div>`;

function page(title, body, script) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
${stylesheets}
</head>
<body>
<div id="main">${body}</div>
${script}
</body>
</html>
`;
}

// esbuild plugins: Solid's JSX goes through babel-preset-solid, .svelte files through the
// Svelte 5 compiler; everything else is esbuild's own.
const solidPlugin = {
  name: "solid",
  setup(build) {
    build.onLoad({ filter: /\.jsx$/ }, async ({ path }) => {
      const result = await transformAsync(readFileSync(path, "utf8"), {
        filename: path,
        presets: [[solidPreset, { generate: "dom" }]],
        babelrc: false,
        configFile: false,
      });
      return { contents: result.code, loader: "js" };
    });
  },
};

const sveltePlugin = {
  name: "svelte",
  setup(build) {
    build.onLoad({ filter: /\.svelte$/ }, ({ path }) => {
      const { js, warnings } = compileSvelte(readFileSync(path, "utf8"), { filename: path, generate: "client", dev: false });
      // The DOM contract prescribes <a> elements with click handlers: drop the a11y advice.
      const relevant = warnings.filter((w) => !w.code.startsWith("a11y"));
      return { contents: js.code, loader: "js", warnings: relevant.map((w) => ({ text: w.message })) };
    });
  },
};

async function buildEsbuild(framework, out) {
  await esbuild.build({
    entryPoints: [join(here, framework.entry)],
    outfile: join(out, "app.js"),
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2022",
    platform: "browser",
    define: { "process.env.NODE_ENV": '"production"' },
    plugins: [solidPlugin, sveltePlugin],
    logLevel: "warning",
  });
  const body = framework.staticMarkup ? vanillaMarkup : "";
  writeFileSync(join(out, "index.html"), page(framework.label, body, '<script src="app.js"></script>'));
}

function buildLeptos(framework, out) {
  const crate = join(here, framework.crateDir);
  const target = join(repoRoot, "target");
  run("cargo", ["build", "--release", "--target", "wasm32-unknown-unknown", "--quiet"], {
    cwd: crate,
    env: { ...process.env, CARGO_TARGET_DIR: target },
  });
  const wasm = join(target, "wasm32-unknown-unknown/release/dx_bench_leptos.wasm");
  run("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", out, "--out-name", "app", wasm]);
  const script = `<script type="module">
import init from "./app.js";
init().then((wasm) => { window.__wasm_memory = wasm.memory; });
</script>`;
  writeFileSync(join(out, "index.html"), page(framework.label, "", script));
}

// A dx app with stylesheets is built the way a user builds one: its directory holds an
// index.html page template that links them (dx build copies them into the output and adds what
// such a page needs, e.g. a preload of app.wasm). So the example's sources are copied next to a
// template linking the same two stylesheets as every other app; the server gives every app's
// `fonts/` Bootstrap's fonts, which bootstrap.min.css loads from `../fonts/`.
const dxTemplate = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>dx</title>
<link rel="stylesheet" href="css/bootstrap.min.css">
<link rel="stylesheet" href="css/main.css">
</head>
<body>
<div id="app"></div>
</body>
</html>
`;

function buildDx(framework, out) {
  const source = join(repoRoot, framework.source);
  const src = join(distDir, ".src", framework.name);
  rmSync(src, { recursive: true, force: true });
  mkdirSync(join(src, "css"), { recursive: true });
  cpSync(dirname(source), src, { recursive: true, filter: (path) => !path.endsWith("index.html") });
  writeFileSync(join(src, "index.html"), dxTemplate);
  copyFileSync(join(here, "node_modules/bootstrap/dist/css/bootstrap.min.css"), join(src, "css/bootstrap.min.css"));
  copyFileSync(join(here, "main.css"), join(src, "css/main.css"));
  const mode = framework.mode ? ["--mode", framework.mode] : [];
  run("cargo", ["run", "--release", "--quiet", "-p", "dx-cli", "--", "build", join(src, basename(source)), "--out", out, ...mode], { cwd: repoRoot });
}

function run(command, args, options = {}) {
  execFileSync(command, args, { stdio: "inherit", ...options });
}

/** Builds the given frameworks; returns the names built and the ones skipped (with why; `failed` when the build broke). */
export async function buildAll(selected) {
  const built = [];
  const skipped = [];
  for (const framework of selected) {
    const reason = missingReason(framework);
    if (reason) {
      console.log(`build: skipping ${framework.name}: ${reason}`);
      skipped.push({ name: framework.name, reason });
      continue;
    }
    const out = join(distDir, framework.name);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    const start = performance.now();
    try {
      if (framework.kind === "esbuild") await buildEsbuild(framework, out);
      else if (framework.kind === "leptos") buildLeptos(framework, out);
      else if (framework.kind === "dx") buildDx(framework, out);
      else throw new Error(`unknown kind ${framework.kind}`);
    } catch (error) {
      // One app that does not build must not cost the others their figures.
      const reason = `BUILD FAILED: ${error.message.split("\n")[0]}`;
      console.log(`build: ${framework.name}: ${reason}`);
      skipped.push({ name: framework.name, reason, failed: true });
      continue;
    }
    const files = readdirSync(out).join(", ");
    console.log(`build: ${framework.name} in ${((performance.now() - start) / 1000).toFixed(1)} s (${files})`);
    built.push(framework.name);
  }
  return { built, skipped };
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const arg = process.argv.find((a) => a.startsWith("--frameworks="));
  const { skipped } = await buildAll(selectFrameworks(arg ? arg.slice("--frameworks=".length) : process.env.BENCH_FRAMEWORKS));
  if (skipped.some((s) => s.failed)) process.exitCode = 1;
}
