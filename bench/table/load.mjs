// Per-framework figures outside the click benchmarks, each from a fresh browser context (cold
// HTTP cache), runs interleaved across frameworks:
//   memory  JS heap (CDP Performance.getMetrics JSHeapUsedSize after HeapProfiler.collectGarbage)
//           plus the wasm linear memory the framework's memoryBytes() hook reports, after 1,000 rows
//   load    first-contentful-paint (performance entries) and time to interactive: the time after
//           navigation start of the first click on #run whose handler ran (see README.md)
import { median } from "./stats.mjs";

const VIEWPORT = { viewport: { width: 1280, height: 800 } };

// A framework whose page breaks loses its figure (printed), not the whole run.
async function interleaved(frameworks, runs, measureOne) {
  const samples = Object.fromEntries(frameworks.map((f) => [f.name, []]));
  for (let run = 0; run < runs; run++) {
    for (const framework of frameworks) {
      try {
        samples[framework.name].push(await measureOne(framework));
      } catch (error) {
        process.stdout.write(`bench: FAIL ${framework.name} (memory or start-up): ${error.message.split("\n")[0]}\n`);
      }
    }
  }
  return samples;
}

const medianOf = (list, pick = (v) => v) => (list.length ? median(list.map(pick)) : null);

async function withPage(browser, setup, body) {
  const context = await browser.newContext(VIEWPORT);
  try {
    await setup(context);
    const page = await context.newPage();
    return await body(page, context);
  } finally {
    await context.close();
  }
}

export async function measureMemory(browser, origin, frameworks, runs, pageLib) {
  const samples = await interleaved(frameworks, runs, (framework) =>
    withPage(browser, (context) => context.addInitScript({ path: pageLib }), async (page, context) => {
      await page.goto(`${origin}/${framework.name}/`, { waitUntil: "load" });
      await page.waitForFunction(() => window.__bench.ready());
      await page.evaluate(() => window.__bench.createRows());
      const cdp = await context.newCDPSession(page);
      for (let i = 0; i < 3; i++) await cdp.send("HeapProfiler.collectGarbage");
      await cdp.send("Performance.enable");
      const { metrics } = await cdp.send("Performance.getMetrics");
      const jsHeap = metrics.find((m) => m.name === "JSHeapUsedSize").value;
      const wasm = await page.evaluate(`(${framework.memoryBytes.toString()})()`);
      return { jsHeap, wasm, total: jsHeap + wasm };
    }),
  );
  return Object.fromEntries(
    Object.entries(samples).map(([name, list]) => [
      name,
      list.length ? { jsHeap: medianOf(list, (s) => s.jsHeap), wasm: medianOf(list, (s) => s.wasm), total: medianOf(list, (s) => s.total), samples: list } : null,
    ]),
  );
}

// Clicks #run from the moment it exists, every task turn, until a row shows; every click is
// timestamped. Once the handler is live every click creates 1,000 rows with the next ids, so
// the first row's id at the end says how many clicks were effective (the last k of them).
const TTI_PROBE = `(() => {
  const state = (window.__tti = { clicks: [], seenAt: 0 });
  const poll = () => {
    const run = document.getElementById("run");
    if (run) { state.clicks.push(performance.now()); run.click(); }
    if (document.querySelector("#tbody > tr")) { state.seenAt = performance.now(); return; }
    setTimeout(poll, 0);
  };
  poll();
})();`;

export async function measureLoad(browser, origin, frameworks, runs) {
  const fcp = await interleaved(frameworks, runs, (framework) =>
    withPage(browser, async () => {}, async (page) => {
      await page.goto(`${origin}/${framework.name}/`, { waitUntil: "load" });
      await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0 && document.getElementById("run"));
      return page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0].startTime);
    }),
  );
  const tti = await interleaved(frameworks, runs, (framework) =>
    withPage(browser, (context) => context.addInitScript({ content: TTI_PROBE }), async (page) => {
      await page.goto(`${origin}/${framework.name}/`, { waitUntil: "load" });
      await page.waitForFunction(() => window.__tti.seenAt > 0, null, { timeout: 30000 });
      await page.waitForTimeout(300);
      return page.evaluate(() => {
        const { clicks } = window.__tti;
        const firstId = Number(document.querySelector("#tbody > tr > td").textContent);
        const effective = (firstId - 1) / 1000 + 1;
        if (!Number.isInteger(effective) || effective > clicks.length) throw new Error(`first row id ${firstId} after ${clicks.length} clicks`);
        return clicks[clicks.length - effective];
      });
    }),
  );
  return Object.fromEntries(
    frameworks.map((f) => [f.name, { fcp: medianOf(fcp[f.name]), tti: medianOf(tti[f.name]), fcpSamples: fcp[f.name], ttiSamples: tti[f.name] }]),
  );
}
