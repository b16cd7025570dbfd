// The React corpus runner: builds every component of a corpus with React 19 and with `dx build`,
// runs both in headless Chromium step by step and compares what they render. See
// conformance/react/README.md; scripts/react-corpus.sh is the usual way in.
//
//   node run.mjs <dir> [--filter S] [--jobs N] [--json FILE] [--snapshot FILE [--write]] [--keep] [--verbose]
//   node run.mjs --self-test     the samples in self-test/ against self-test/expected.snap
import { chromium } from "playwright-core";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium } from "../../../bench/lib/chromium.mjs";
import { buildDx } from "./build-dx.mjs";
import { buildReact } from "./build-react.mjs";
import { runInBrowser } from "./component.mjs";
import { ENTRY_NAMES, listComponents } from "./corpus.mjs";
import { readPlan } from "./plan.mjs";
import { checkNormalization } from "./self-check.mjs";
import { startServer } from "./server.mjs";
import { lineDiff, resultLine, snapshotText, summaryText } from "./summary.mjs";

const here = dirname(fileURLToPath(import.meta.url));
/** Time the browser part of one component may take, whatever it does. */
const COMPONENT_TIMEOUT_MS = 20_000;
const CLOSE_TIMEOUT_MS = 5_000;
/** Closing Chromium may take a while on a loaded machine; giving up early would leave it running. */
const BROWSER_CLOSE_TIMEOUT_MS = 60_000;

function parseArgs(argv) {
  const args = { dir: null, filter: null, jobs: 2, json: null, snapshot: null, write: false, keep: false, verbose: false, selfTest: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === "--filter") args.filter = value();
    else if (arg === "--jobs") args.jobs = Math.max(1, Number.parseInt(value(), 10) || 1);
    else if (arg === "--json") args.json = resolve(value());
    else if (arg === "--snapshot") args.snapshot = resolve(value());
    else if (arg === "--write") args.write = true;
    else if (arg === "--keep") args.keep = true;
    else if (arg === "--verbose") args.verbose = true;
    else if (arg === "--self-test") args.selfTest = true;
    else if (arg.startsWith("--")) throw new Error(`unknown option ${arg}`);
    else if (args.dir === null) args.dir = resolve(arg);
    else throw new Error(`unexpected argument ${arg}`);
  }
  if (args.selfTest) {
    args.dir = join(here, "self-test");
    args.snapshot ??= join(here, "self-test", "expected.snap");
  }
  if (!args.dir) throw new Error("usage: node run.mjs <dir> [--filter S] [--jobs N] [--json FILE] [--snapshot FILE [--write]] [--keep] [--verbose] | --self-test");
  return args;
}

/** A promise that settles with `promise`, or rejects after `ms`. */
function within(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(what)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The one Chromium of a run, started again if it dies (then the component is retried once).
 * Its profile goes into the run's temporary directory `dir` (the launcher makes it under
 * `os.tmpdir()`, which follows TMPDIR), so removing that directory removes it too.
 */
class Browser {
  constructor(dir) {
    this.dir = dir;
  }
  async get() {
    if (!this.current || !this.current.browser.isConnected()) {
      const old = this.current;
      this.current = null;
      if (old) await within(old.close(), BROWSER_CLOSE_TIMEOUT_MS, "close").catch(() => {});
      this.starting ??= this.launch().finally(() => (this.starting = null));
      this.current = await this.starting;
    }
    return this.current.browser;
  }
  async launch() {
    const tmp = process.env.TMPDIR;
    process.env.TMPDIR = this.dir;
    try {
      return await launchChromium(chromium, "chromium-");
    } finally {
      if (tmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmp;
    }
  }
  async close() {
    if (this.current) await within(this.current.close(), BROWSER_CLOSE_TIMEOUT_MS, "close").catch(() => {});
  }
}

/** The browser part of one component, bounded in time; always a result, never a rejection. */
async function checkInBrowser(browsers, origin, component, plan, dxResult, log) {
  const built = dxResult.outcome === "built";
  for (let attempt = 1; ; attempt++) {
    const browser = await browsers.get();
    const session = { opened: [], phase: "start", step: 0, react: null, log };
    try {
      const result = await within(runInBrowser(browser, origin, component, plan, built, session), COMPONENT_TIMEOUT_MS, "timeout");
      return result ?? dxResult;
    } catch (error) {
      if (error.message === "timeout") {
        const limit = `no result within ${COMPONENT_TIMEOUT_MS / 1000} s`;
        const where = session.step === 0 ? "first render" : `step ${session.step}`;
        // A React page that stopped answering is a corpus bug, whatever dx did.
        const reactHung = session.phase === "react" || !(await within(session.react.evaluate(() => true), 1_000, "hung").catch(() => false));
        if (reactHung) return { outcome: "react-error", reason: `timeout: the React page gave ${limit} (${where})` };
        return { outcome: "crash", reason: `timeout: ${limit} (${where})` };
      }
      if (!browser.isConnected() && attempt === 1) continue;
      return { outcome: "crash", reason: `runner: ${String(error.message).split("\n")[0]}` };
    } finally {
      await within(Promise.all(session.opened.map((close) => close())), CLOSE_TIMEOUT_MS, "close").catch(() => {});
    }
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const dx = process.env.DX ? resolve(process.env.DX) : resolve(here, "../../../target/debug/dx");
  if (!existsSync(dx)) throw new Error(`no dx binary at ${dx} (build it with cargo build -p dx-cli, or set DX)`);
  const reactVersion = JSON.parse(readFileSync(join(here, "node_modules/react/package.json"), "utf8")).version;
  const components = listComponents(args.dir, args.filter);
  const started = Date.now();
  console.log(`react-corpus: ${components.length} components in ${args.dir}, ${args.jobs} at a time`);

  const out = mkdtempSync(join(tmpdir(), "dx-react-corpus-out-"));
  const results = [];
  let normalizationFailures = [];
  const browsers = new Browser(out);
  let server = null;
  try {
    // Corpus bugs found before anything runs: no entry, a malformed plan.json.
    const early = new Map();
    const plans = new Map();
    for (const c of components) {
      if (!c.entry) {
        early.set(c.name, { outcome: "react-error", reason: `no entry file (${ENTRY_NAMES.join(", ")})` });
        continue;
      }
      try {
        plans.set(c.name, readPlan(c.dir));
      } catch (error) {
        early.set(c.name, { outcome: "react-error", reason: error.message.split("\n")[0] });
      }
    }
    const runnable = components.filter((c) => !early.has(c.name));
    const [reactFailures, dxResults] = await Promise.all([buildReact(runnable, out), buildDx(runnable, out, { dx, jobs: args.jobs })]);
    console.log(`react-corpus: built both sides in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    server = await startServer(out);
    const queue = [...components];
    const worker = async () => {
      for (let c = queue.shift(); c; c = queue.shift()) {
        let result = early.get(c.name);
        if (!result && reactFailures.has(c.name)) result = { outcome: "react-error", reason: reactFailures.get(c.name) };
        const log = [];
        result ??= await checkInBrowser(browsers, server.origin, c, plans.get(c.name), dxResults.get(c.name), log);
        result = { name: c.name, ...result };
        results.push(result);
        const line = resultLine(result);
        console.log(result.outcome === "crash" || result.outcome === "mismatch" ? `!! ${line}` : `   ${line}`);
        if (args.verbose && log.length > 0) console.log(indent(log.join("\n")));
        if (result.outcome === "mismatch" && result.diff) {
          console.log(`${indent(`react: ${result.diff.react}`)}\n${indent(`dx:    ${result.diff.dx}`)}`);
        }
      }
    };
    await Promise.all(Array.from({ length: args.jobs }, worker));
    if (args.selfTest) normalizationFailures = await checkNormalization(await browsers.get());
  } finally {
    await browsers.close();
    if (server) await server.close();
    if (args.keep) console.log(`react-corpus: kept the built pages in ${out}`);
    else removeQuietly(out);
  }

  results.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\n${summaryText(results)}\n\nreact-corpus: ${results.length} components in ${seconds} s`);
  const loud = results.filter((r) => r.outcome === "crash" || r.outcome === "mismatch");
  if (loud.length > 0) console.log(`\ncrashes and mismatches (${loud.length}):\n${loud.map((r) => `  ${resultLine(r)}`).join("\n")}`);
  if (args.json) writeFileSync(args.json, JSON.stringify({ react: reactVersion, seconds: Number(seconds), results }, null, 2) + "\n");
  if (args.selfTest) {
    for (const failure of normalizationFailures) console.log(`\nnormalisation check failed: ${failure}`);
    if (normalizationFailures.length === 0) console.log("react-corpus: the normalisation checks pass");
  }
  const generator = args.selfTest ? "node run.mjs --self-test --write" : "scripts/react-corpus.sh --write";
  const status = compareSnapshot(args, snapshotText(results, { react: reactVersion, generator }));
  return normalizationFailures.length > 0 ? 1 : status;
}

/** Exit status: 0, or 1 when the snapshot differs (written instead with --write). */
function compareSnapshot(args, text) {
  if (!args.snapshot) return 0;
  if (args.write) {
    writeFileSync(args.snapshot, text);
    console.log(`react-corpus: wrote ${args.snapshot}`);
    return 0;
  }
  const old = existsSync(args.snapshot) ? readFileSync(args.snapshot, "utf8") : "";
  const diff = lineDiff(old, text);
  if (!diff) {
    console.log(`react-corpus: the results match ${args.snapshot}`);
    return 0;
  }
  console.log(`\nreact-corpus: the results differ from ${args.snapshot} (- committed, + this run):\n${diff}`);
  console.log(`\nIf the change is intended, bless it: ${args.selfTest ? "node run.mjs --self-test --write" : "scripts/react-corpus.sh --write"}`);
  return 1;
}

/** Chromium's helpers can still be writing into its profile for a moment after it exited. */
function removeQuietly(dir) {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
  } catch (error) {
    console.log(`react-corpus: could not remove ${dir}: ${error.message}`);
  }
}

const indent = (text) => text.split("\n").map((l) => `      ${l}`).join("\n");

main().then(
  (status) => (process.exitCode = status),
  (error) => {
    console.error(`react-corpus: ${error.stack ?? error}`);
    process.exitCode = 2;
  },
);
