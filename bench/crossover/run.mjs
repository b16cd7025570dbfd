// Micro vs Macro crossover benchmark: builds the synthetic apps of apps.mjs for every case and K
// with `dx build --mode micro` and `--mode macro`, records their sizes, times one click in
// Chromium (back-ends interleaved, a fresh page each time) and writes
// bench/results/crossover.{json,md}. Run it with bench/crossover/run.sh.
//
//   node bench/crossover/run.mjs [--rounds=5] [--ks=1,4,16] [--cases=text,list] [--smoke] [--out=dir]
//
// --smoke: 1 round, K = 1 and 256, few samples; results go to bench/crossover/dist/ only.
// --out=<dir>: write the results there instead of bench/results/.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { CASES } from "./apps.mjs";
import { chromiumVersion, launchChromium, startServer } from "./browser.mjs";
import { analyse } from "./stats.mjs";
import { markdown } from "./report.mjs";

const here = dirname(new URL(import.meta.url).pathname);
const repo = join(here, "../..");
const dist = join(here, "dist");
const dx = process.env.DX ?? join(repo, "target/release/dx");
const BACKENDS = ["micro", "macro"];

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, "").split("=");
    return [k, v ?? true];
  }),
);
const smoke = Boolean(args.smoke);
const settings = {
  rounds: Number(args.rounds ?? (smoke ? 1 : 5)),
  ks: (args.ks ?? (smoke ? "1,256" : "1,4,16,64,256,1024,4096")).split(",").map(Number),
  // Built for their size only (too big to time in a few minutes): does Macro ever ship less?
  sizeKs: (args["size-ks"] ?? (smoke ? "" : "16384")).split(",").filter(Boolean).map(Number),
  cases: (args.cases ?? CASES.map((c) => c.name).join(",")).split(","),
  // Samples per page: warm-up (not kept, one task apart), then measured (each after a frame).
  warmup: smoke ? 5 : 20,
  samples: smoke ? 5 : 30,
  // Clicks per sample: enough that a sample lasts well above the timer's resolution.
  clicksPerSample: (k) => Math.max(1, Math.floor(256 / k)),
};
const cases = CASES.filter((c) => settings.cases.includes(c.name));
const started = Date.now();

// --- build --------------------------------------------------------------------------------------
function build(src, out, mode) {
  // No prerendered first frame: it is the same HTML for both back-ends and would only add to
  // both totals (and, for the largest apps, to the build time).
  const argv = ["build", src, "--out", out, "--mode", mode, "--prerender", "off"];
  const stdout = execFileSync(dx, argv, { encoding: "utf8" });
  const total = stdout.match(/^total\s+(\d+) B\s+(\d+) B\s+(\d+) B/m);
  if (!total) throw new Error(`unexpected dx build output:\n${stdout}`);
  return { raw: +total[1], gzip: +total[2], brotli: +total[3] };
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, "src"), { recursive: true });
const builds = {};
for (const c of cases) {
  for (const k of [...settings.ks, ...settings.sizeKs]) {
    const src = join(dist, "src", `${c.name}-${k}.tsx`);
    writeFileSync(src, c.source(k));
    const entry = {};
    for (const b of BACKENDS) entry[b] = build(src, join(dist, `${c.name}-${k}-${b}`), b);
    builds[`${c.name}-${k}`] = entry;
  }
}
const buildSeconds = (Date.now() - started) / 1000;
console.log(`crossover: built ${Object.keys(builds).length * 2} apps in ${buildSeconds.toFixed(1)} s`);

// --- measure ------------------------------------------------------------------------------------
/** In the page: `warmup` samples (not kept), then `samples` samples of `clicks` synchronous
 *  clicks on #go, each after a rendered frame. dx applies an event's DOM edits before the dispatch returns, so the
 *  time around `click()` is the whole work of the event (handler, flush, DOM edits). µs/click. */
async function clickSamples({ warmup, samples, clicks }) {
  const go = document.getElementById("go");
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const task = () => new Promise((r) => setTimeout(r, 0));
  const out = [];
  for (let s = 0; s < warmup + samples; s++) {
    await (s < warmup ? task() : frame());
    const t0 = performance.now();
    for (let i = 0; i < clicks; i++) go.click();
    const t = performance.now() - t0;
    if (s >= warmup) out.push((t * 1000) / clicks);
  }
  return { out, isolated: globalThis.crossOriginIsolated };
}

const { browser, close } = await launchChromium();
const server = await startServer(dist);
const page = await (await browser.newContext()).newPage();
const samples = {}; // `${case}-${k}-${backend}` → [[samples of round 1], …]
let isolated = true;
const load = [loadavg()[0]];
try {
  for (let round = 0; round < settings.rounds; round++) {
    for (const c of cases) {
      for (const k of settings.ks) {
        // Alternate which back-end goes first, so neither always runs on a just-loaded browser.
        const order = (round + k) % 2 ? [...BACKENDS].reverse() : BACKENDS;
        for (const b of order) {
          const id = `${c.name}-${k}-${b}`;
          await page.goto(`${server.origin}/${id}/`);
          // The page carries the prerendered first frame, so #go exists before the app runs:
          // wait for the host to have started the wasm (it sets __dx_memory in dx_init's task).
          await page.waitForFunction(() => globalThis.__dx_memory && document.getElementById("go"));
          const clicks = settings.clicksPerSample(k);
          const result = await page.evaluate(clickSamples, { warmup: settings.warmup, samples: settings.samples, clicks });
          isolated &&= result.isolated;
          const total = (settings.warmup + settings.samples) * clicks;
          const want = c.expect(k, total);
          const got = await page.$eval(want.selector, (e, attr) => (attr ? e.getAttribute(attr) : e.textContent), want.attr);
          if (got !== want.text) throw new Error(`${id}: after ${total} clicks ${want.selector} shows ${JSON.stringify(got)}, not ${JSON.stringify(want.text)}`);
          (samples[id] ??= []).push(result.out);
        }
      }
    }
    load.push(loadavg()[0]);
    console.log(`crossover: round ${round + 1}/${settings.rounds} done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
} finally {
  await close();
  await server.close();
}

// --- results ------------------------------------------------------------------------------------
const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: repo, encoding: "utf8" }).trim();
const cpu = cpus()[0]?.model ?? "unknown CPU";
const results = analyse({
  generator: "bench/crossover/run.sh",
  machine: {
    cpu,
    cores: Number(execFileSync("nproc", { encoding: "utf8" }).trim()),
    memory_gib: Math.round(totalmem() / 2 ** 30),
    chromium: await chromiumVersion(),
    node: process.version,
    load_average_1min: load,
    cross_origin_isolated: isolated,
  },
  date: new Date().toISOString().replace(/:\d\d\.\d+Z$/, "Z"),
  commit,
  settings: { ...settings, clicksPerSample: settings.ks.map((k) => [k, settings.clicksPerSample(k)]) },
  seconds: Math.round((Date.now() - started) / 1000),
  cases: cases.map((c) => ({ name: c.name, what: c.what })),
  builds,
  samples,
});
const outDir = args.out ?? (smoke ? dist : join(repo, "bench/results"));
writeFileSync(join(outDir, "crossover.json"), JSON.stringify(results, null, 1) + "\n");
const md = markdown(results);
writeFileSync(join(outDir, "crossover.md"), md);
console.log(md);
console.log(`crossover: wrote ${join(outDir, "crossover.{json,md}")}`);
