// The side-by-side table benchmark: builds every app (build.mjs), serves them on 127.0.0.1,
// drives Debian's Chromium and writes bench/results/table.{json,md,svg}.
//
//   node run.mjs [--iterations=N] [--frameworks=a,b] [--ops=01_run1k,...] [--no-build] [--out=DIR]
//
// Environment (flags win): BENCH_ITERATIONS, BENCH_FRAMEWORKS, BENCH_OPS, BENCH_LOAD_RUNS,
// BENCH_MEMORY_RUNS, BENCH_ALLOC_RUNS, BENCH_SMOKE=1 (1 iteration, vanilla + Solid + dx .tsx when
// it exists, one load, memory and allocation run). Results go to bench/results/ only from a run
// of all nine operations that is not a smoke run; otherwise to bench/table/dist/results/ (or --out).
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { measureAllocation } from "./alloc.mjs";
import { buildAll } from "./build.mjs";
import { chromiumVersion, launchChromium } from "./browser.mjs";
import { distDir, frameworks as allFrameworks, missingReason, repoRoot, selectFrameworks } from "./frameworks.mjs";
import { measureLoad, measureMemory } from "./load.mjs";
import { writeReports } from "./report.mjs";
import { startServer } from "./server.mjs";
import { fileSizes } from "./sizes.mjs";
import { clickToPaint, TRACE_CATEGORIES } from "./trace.mjs";

/** The nine operations of the keyed table benchmark; warm-ups and checks live in page-lib.js. */
export const OPS = [
  { id: "01_run1k", name: "create rows", detail: "create 1,000 rows", throttle: 1 },
  { id: "02_replace1k", name: "replace all rows", detail: "replace all 1,000 rows", throttle: 1 },
  { id: "03_update10th1k_x4", name: "partial update", detail: "update every 10th of 1,000 rows (4× CPU slowdown)", throttle: 4 },
  { id: "04_select1k", name: "select row", detail: "highlight a row (4× CPU slowdown)", throttle: 4 },
  { id: "05_swap1k", name: "swap rows", detail: "swap 2 of 1,000 rows (4× CPU slowdown)", throttle: 4 },
  { id: "06_remove-one-1k", name: "remove row", detail: "remove one of 1,000 rows (2× CPU slowdown)", throttle: 2 },
  { id: "07_create10k", name: "create many rows", detail: "create 10,000 rows", throttle: 1 },
  { id: "08_create1k-after1k", name: "append rows", detail: "append 1,000 rows to 1,000", throttle: 1 },
  { id: "09_clear1k_x4", name: "clear rows", detail: "clear 1,000 rows (4× CPU slowdown)", throttle: 4 },
];

const here = new URL(".", import.meta.url).pathname;

function options() {
  const flags = Object.fromEntries(
    process.argv.slice(2).map((arg) => {
      const [key, value = "true"] = arg.replace(/^--/, "").split("=");
      return [key, value];
    }),
  );
  const smoke = process.env.BENCH_SMOKE === "1";
  const number = (flag, env, fallback) => Number(flags[flag] ?? process.env[env] ?? fallback);
  const frameworks = flags.frameworks ?? process.env.BENCH_FRAMEWORKS ?? (smoke ? "vanilla,solid,dx-tsx" : "");
  const ops = (flags.ops ?? process.env.BENCH_OPS ?? "").split(",").filter(Boolean);
  return {
    smoke,
    iterations: number("iterations", "BENCH_ITERATIONS", smoke ? 1 : 10),
    // Chromium reports first paint in 4 ms steps: 5 loads left medians a step apart run to run.
    loadRuns: number("load-runs", "BENCH_LOAD_RUNS", smoke ? 1 : 15),
    memoryRuns: number("memory-runs", "BENCH_MEMORY_RUNS", smoke ? 1 : 3),
    allocRuns: number("alloc-runs", "BENCH_ALLOC_RUNS", smoke ? 1 : 5),
    frameworks: selectFrameworks(frameworks),
    ops: ops.length ? OPS.filter((op) => ops.includes(op.id)) : OPS,
    build: flags.build !== "false" && !("no-build" in flags),
    // Only a run of all nine operations replaces the published results.
    resultsDir: flags.out ?? (smoke || ops.length ? join(distDir, "results") : join(repoRoot, "bench/results")),
  };
}

async function machine() {
  const cpuinfo = readFileSync("/proc/cpuinfo", "utf8");
  const model = cpuinfo.match(/^model name\s*:\s*(.*)$/m)?.[1] ?? cpus()[0]?.model ?? "unknown";
  return {
    cpu: model,
    cores: Number(execFileSync("nproc", { encoding: "utf8" }).trim()),
    memoryGiB: Math.round(Number(readFileSync("/proc/meminfo", "utf8").match(/MemTotal:\s+(\d+)/)[1]) / 1048576),
    chromium: await chromiumVersion(),
    node: process.version,
    date: new Date().toISOString(),
  };
}

/** A sample that says nothing about the framework (the CPU slowdown was not in effect): retried. */
class InvalidSample extends Error {}

// Chromium applies Emulation.setCPUThrottlingRate asynchronously, and on a loaded machine the
// throttling thread can miss a whole operation: a few percent of throttled samples then ran at
// full speed (a quarter of the usual time). So the slowdown is checked with a fixed piece of
// work before the click and again after the operation.
async function probeTime(page) {
  return page.evaluate(() => window.__bench.probe());
}
const throttled = (time, base, rate) => time >= (1 + (rate - 1) / 2) * base;

async function throttleOn(page, cdp, rate) {
  const base = Math.min(await probeTime(page), await probeTime(page), await probeTime(page));
  for (let attempt = 0; attempt < 5; attempt++) {
    await cdp.send("Emulation.setCPUThrottlingRate", { rate });
    if (throttled(await probeTime(page), base, rate)) return base;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new InvalidSample(`the ${rate}× CPU slowdown did not take effect`);
}

/** One measured sample: fresh page load, warm-ups, then a real click under the trace. */
async function sample(ctx, framework, op) {
  const { page, cdp, browser, origin } = ctx;
  let t = performance.now();
  const lap = (what) => {
    if (process.env.BENCH_DEBUG) process.stdout.write(`${framework.name} ${op.id} ${what} ${(performance.now() - t).toFixed(0)} ms\n`);
    t = performance.now();
  };
  await page.goto(`${origin}/${framework.name}/`, { waitUntil: "load" });
  await page.waitForFunction(() => window.__bench.ready(), null, { timeout: 30000 });
  lap("load");
  await page.evaluate((id) => window.__bench.warmup(id), op.id);
  lap("warm-up");
  const { x, y } = await page.evaluate((id) => window.__bench.prepare(id), op.id);
  // The pointer arrives before the trace starts, so hover styles are not part of the operation.
  await page.mouse.move(x, y);
  await page.evaluate(() => window.__bench.nextFrame());
  await cdp.send("HeapProfiler.collectGarbage");
  const base = op.throttle > 1 ? await throttleOn(page, cdp, op.throttle) : 0;
  lap("gc");
  let trace;
  let stillThrottled = true;
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  try {
    await page.mouse.click(x, y);
    await page.evaluate((id) => window.__bench.settle(id), op.id);
  } finally {
    trace = await browser.stopTracing();
    if (op.throttle > 1) {
      stillThrottled = throttled(await probeTime(page), base, op.throttle);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    }
  }
  lap("measured");
  if (!stillThrottled) throw new InvalidSample(`the ${op.throttle}× CPU slowdown was gone after the operation`);
  const problem = await page.evaluate((id) => window.__bench.check(id), op.id);
  lap("check");
  if (problem) throw new Error(`wrong table after the click: ${problem}`);
  const result = clickToPaint(trace);
  if (process.env.BENCH_DEBUG) {
    const phases = Object.entries(result.phases).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(", ");
    process.stdout.write(`${framework.name} ${op.id} total ${result.total.toFixed(1)} ms: ${phases}\n`);
  }
  return result;
}

// Up to three tries per sample when the slowdown was not in effect; each retry is recorded.
async function sampleWithRetries(ctx, framework, op, results, out) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await sample(ctx, framework, op);
    } catch (error) {
      if (!(error instanceof InvalidSample) || attempt === 3) throw error;
      results.retries.push({ framework: framework.name, op: op.id, reason: error.message });
      out(`bench: retrying ${framework.name} ${op.id}: ${error.message}`);
    }
  }
}

async function main() {
  const started = performance.now();
  const opts = options();
  const out = (line) => process.stdout.write(`${line}\n`);

  let runnable = opts.frameworks.filter((f) => {
    const reason = missingReason(f);
    if (reason) out(`bench: skipping ${f.name}: ${reason}`);
    return !reason;
  });
  const skipped = opts.frameworks.filter((f) => !runnable.includes(f)).map((f) => ({ name: f.name, reason: missingReason(f) }));
  if (opts.build) {
    const build = await buildAll(runnable);
    skipped.push(...build.skipped);
    runnable = runnable.filter((f) => build.built.includes(f.name));
  }
  const buildSeconds = (performance.now() - started) / 1000;
  if (!runnable.some((f) => f.name === "vanilla")) out("bench: vanilla is not selected: no ratios");

  const server = await startServer();
  const { browser, close } = await launchChromium();
  const results = { samples: {}, failures: [], retries: [] };
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript({ path: join(here, "page-lib.js") });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const ctx = { page, cdp, browser, origin: server.origin };
    page.on("pageerror", (error) => out(`bench: page error: ${error.message}`));

    const failed = new Set();
    for (let iteration = 0; iteration < opts.iterations; iteration++) {
      const t0 = performance.now();
      const opSeconds = [];
      for (const op of opts.ops) {
        const opStart = performance.now();
        // Rotate the order each iteration so no framework always runs first after a load.
        const order = runnable.map((_, i) => runnable[(i + iteration) % runnable.length]);
        for (const framework of order) {
          const key = `${framework.name}/${op.id}`;
          if (failed.has(key)) continue;
          try {
            const result = await sampleWithRetries(ctx, framework, op, results, out);
            (results.samples[key] ??= []).push(result);
          } catch (error) {
            failed.add(key);
            const message = error.message.split("\n")[0];
            results.failures.push({ framework: framework.name, op: op.id, iteration, message });
            out(`bench: FAIL ${framework.name} ${op.id} (iteration ${iteration + 1}): ${message}`);
          }
        }
        opSeconds.push(`${op.id.slice(0, 2)} ${((performance.now() - opStart) / 1000).toFixed(1)}`);
      }
      out(`bench: iteration ${iteration + 1}/${opts.iterations} in ${((performance.now() - t0) / 1000).toFixed(1)} s (per operation, s: ${opSeconds.join(", ")})`);
    }
    await context.close();

    if (opts.allocRuns > 0) {
      out("bench: JS allocated by one partial update and one select (sampling heap profiler)");
      results.alloc = await measureAllocation(browser, server.origin, runnable, opts.allocRuns, join(here, "page-lib.js"));
    }
    out("bench: memory after 1,000 rows");
    results.memory = await measureMemory(browser, server.origin, runnable, opts.memoryRuns, join(here, "page-lib.js"));
    out("bench: first paint and time to interactive");
    results.load = await measureLoad(browser, server.origin, runnable, opts.loadRuns);
  } finally {
    await close();
    await server.close();
  }
  results.sizes = Object.fromEntries(runnable.map((f) => [f.name, fileSizes(join(distDir, f.name))]));

  const report = {
    machine: await machine(),
    command: [opts.smoke ? "BENCH_SMOKE=1 bench/run.sh" : "bench/run.sh", ...process.argv.slice(2)].join(" "),
    config: { iterations: opts.iterations, warmups: 5, loadRuns: opts.loadRuns, memoryRuns: opts.memoryRuns, allocRuns: opts.allocRuns },
    buildSeconds,
    totalSeconds: (performance.now() - started) / 1000,
    frameworks: runnable.map((f) => ({ name: f.name, label: f.label, version: versionOf(f) })),
    skipped,
    unselected: allFrameworks.filter((f) => !opts.frameworks.includes(f)).map((f) => f.name),
    ops: OPS.filter((op) => opts.ops.includes(op)),
    ...results,
  };
  mkdirSync(opts.resultsDir, { recursive: true });
  const markdown = writeReports(report, join(opts.resultsDir, "table"));
  out("");
  out(markdown);
  out(`bench: wrote ${join(opts.resultsDir, "table")}.{json,md,svg}; ${report.totalSeconds.toFixed(0)} s in all`);
  if (skipped.some((s) => s.failed)) {
    out(`bench: ${skipped.filter((s) => s.failed).map((s) => s.name).join(", ")} did not build (see above)`);
    process.exitCode = 1;
  }
  if (results.failures.length) {
    out(`bench: ${results.failures.length} operation(s) FAILED the correctness check (see above)`);
    process.exitCode = 1;
  }
}

function versionOf(framework) {
  if (framework.npmPackage) {
    return `${framework.npmPackage} ${JSON.parse(readFileSync(join(here, "node_modules", framework.npmPackage, "package.json"), "utf8")).version}`;
  }
  if (framework.crateVersion) return framework.crateVersion;
  if (framework.kind === "dx") return `dx ${readFileSync(join(repoRoot, "Cargo.toml"), "utf8").match(/^version = "(.*)"/m)[1]}`;
  return "";
}

await main();
