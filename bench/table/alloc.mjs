// JS garbage on the update path: the bytes of JS heap an operation allocates, read with V8's
// sampling heap profiler (CDP HeapProfiler.startSampling) around one real click, and split by
// who allocated them: the app's own scripts (its JS and wasm) or the rest (the benchmark's
// page driver and Playwright, and the browser itself). See README.md, "JS allocation".
import { median } from "./stats.mjs";

/** The operations measured, with how many rows each one changes (the table holds 1,000). */
export const ALLOC_OPS = [
  { id: "03_update10th1k_x4", name: "partial update", changedRows: 100 },
  { id: "04_select1k", name: "select row", changedRows: 2 },
];
export const TABLE_ROWS = 1000;

// V8 weights a sampled object of `size` bytes by round(1 / (1 − e^(−size/interval))), which at
// 16 or 32 bytes miscounts the 16–40-byte objects an update allocates by up to a third (a
// 20-byte string at interval 16 counts once, for 1.4 expected). At interval 1 every allocation
// of a tagged word or more is sampled with weight 1: the profile is a complete record of the
// window. Objects that die in the window are kept in it only with the two include flags.
export const SAMPLING = {
  samplingInterval: 1,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
};

const VIEWPORT = { viewport: { width: 1280, height: 800 } };

/**
 * Splits a sampling heap profile: `app` when any frame of the sample's stack is the app's
 * (a script under `appPrefix`, or wasm), `driver` when the stack has only other JS (page-lib.js
 * and Playwright's scripts have no URL), `browser` when V8 had no JS on the stack (Blink's
 * and V8's own work: the "(V8 API)"-style nodes under the root).
 */
export function attribute(profile, appPrefix) {
  const isApp = (url) => url.startsWith(appPrefix) || url.startsWith("wasm://");
  const owner = new Map();
  const stacks = new Map();
  // V8's state when no JS was on the stack, e.g. "(V8 API)", "(BYTECODE_COMPILER)", "(GC)".
  const isVmState = ({ functionName, url }) => functionName.startsWith("(") && !url;
  const walk = (node, inherited, stack) => {
    const frame = node.callFrame;
    const who = isApp(frame.url) ? "app" : inherited ?? (isVmState(frame) ? "browser" : "driver");
    const here = [...stack, `${frame.functionName || "(anonymous)"}${frame.url ? `@${frame.url.split("/").pop()}` : ""}`];
    owner.set(node.id, who);
    stacks.set(node.id, here);
    for (const child of node.children) walk(child, who, here);
  };
  owner.set(profile.head.id, "browser");
  stacks.set(profile.head.id, []);
  for (const child of profile.head.children) walk(child, null, []);

  const parts = { app: { bytes: 0, objects: 0 }, driver: { bytes: 0, objects: 0 }, browser: { bytes: 0, objects: 0 } };
  const sites = new Map();
  for (const sample of profile.samples) {
    const who = owner.get(sample.nodeId);
    parts[who].bytes += sample.size;
    parts[who].objects += 1;
    if (who === "app") {
      const site = stacks.get(sample.nodeId).slice(-3).join(" > ");
      const entry = sites.get(site) ?? sites.set(site, { site, bytes: 0, objects: 0 }).get(site);
      entry.bytes += sample.size;
      entry.objects += 1;
    }
  }
  const top = [...sites.values()].sort((a, b) => b.bytes - a.bytes).slice(0, 5);
  return { ...parts, total: parts.app.bytes + parts.driver.bytes + parts.browser.bytes, appSites: top };
}

/** One fresh page: the operation's warm-ups, a forced GC, then one real click under the profiler. */
async function measureOne(browser, origin, framework, op, pageLib, sampling) {
  const context = await browser.newContext(VIEWPORT);
  try {
    await context.addInitScript({ path: pageLib });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`${origin}/${framework.name}/`, { waitUntil: "load" });
    await page.waitForFunction(() => window.__bench.ready(), null, { timeout: 30000 });
    await page.evaluate((id) => window.__bench.warmup(id), op.id);
    const { x, y } = await page.evaluate((id) => window.__bench.prepare(id), op.id);
    await page.mouse.move(x, y);
    await page.evaluate(() => window.__bench.nextFrame());
    await cdp.send("HeapProfiler.enable");
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("HeapProfiler.startSampling", sampling);
    let profile;
    try {
      await page.mouse.click(x, y);
      await page.evaluate((id) => window.__bench.settle(id), op.id);
    } finally {
      ({ profile } = await cdp.send("HeapProfiler.stopSampling"));
    }
    const problem = await page.evaluate((id) => window.__bench.check(id), op.id);
    if (problem) throw new Error(`wrong table after the click: ${problem}`);
    return attribute(profile, `${origin}/${framework.name}/`);
  } finally {
    await context.close();
  }
}

const bytes = (n) => `${Math.round(n).toLocaleString("en-US")} B`;
/** Bytes per row: one decimal below 100, whole bytes with separators above. */
export const perRow = (n) => (n < 100 ? `${n.toFixed(1)} B` : bytes(n));

/** The medians of the runs, and the app's bytes per changed row and per table row. */
function summarise(op, runs) {
  const med = (pick) => median(runs.map(pick));
  const app = { bytes: med((r) => r.app.bytes), objects: med((r) => r.app.objects) };
  return {
    app,
    perChangedRow: app.bytes / op.changedRows,
    perTableRow: app.bytes / TABLE_ROWS,
    driver: { bytes: med((r) => r.driver.bytes), objects: med((r) => r.driver.objects) },
    browser: { bytes: med((r) => r.browser.bytes), objects: med((r) => r.browser.objects) },
    total: med((r) => r.total),
    runs,
  };
}

/**
 * { sampling, ops: { <op id>: { <framework>: summary | null } } }: for each operation, `runs`
 * rounds over the frameworks (each on a fresh page), printing a line per framework.
 */
export async function measureAllocation(browser, origin, frameworks, runs, pageLib, sampling = SAMPLING) {
  const out = (line) => process.stdout.write(`${line}\n`);
  const ops = {};
  for (const op of ALLOC_OPS) {
    const samples = Object.fromEntries(frameworks.map((f) => [f.name, []]));
    const failed = new Set();
    for (let run = 0; run < runs; run++) {
      for (const framework of frameworks) {
        if (failed.has(framework.name)) continue;
        try {
          samples[framework.name].push(await measureOne(browser, origin, framework, op, pageLib, sampling));
        } catch (error) {
          failed.add(framework.name);
          out(`bench: FAIL ${framework.name} allocation on ${op.name}: ${error.message.split("\n")[0]}`);
        }
      }
    }
    ops[op.id] = {};
    for (const framework of frameworks) {
      const list = samples[framework.name];
      if (failed.has(framework.name) || !list.length) {
        ops[op.id][framework.name] = null;
        continue;
      }
      const s = summarise(op, list);
      ops[op.id][framework.name] = s;
      out(`bench:   ${op.name}, ${framework.name}: app code ${bytes(s.app.bytes)} in ${s.app.objects} objects (${perRow(s.perChangedRow)} per changed row, ${perRow(s.perTableRow)} per table row); driver ${bytes(s.driver.bytes)}, browser ${bytes(s.browser.bytes)}`);
    }
  }
  return { sampling, tableRows: TABLE_ROWS, opList: ALLOC_OPS, ops };
}
