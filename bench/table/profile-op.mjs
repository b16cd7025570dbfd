// Where one framework's script time goes in one operation: V8's sampling CPU profile of a
// click on a button, self time per function, averaged over fresh page loads. A diagnostic for
// the table's script column (not part of bench/run.sh); needs apps built by a run before.
//
//   node profile-op.mjs <framework> <button id> [--setup=<button id>] [--loads=N]
//
// e.g. `node profile-op.mjs dx-dx runlots` (create 10,000 rows) or
// `node profile-op.mjs dx-dx clear --setup=run` (clear 1,000 rows).
import { join } from "node:path";
import { launchChromium } from "./browser.mjs";
import { startServer } from "./server.mjs";

const [framework, button] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const flag = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const setup = flag("setup");
const loads = Number(flag("loads") ?? 5);
if (!framework || !button) {
  console.error("usage: node profile-op.mjs <framework> <button id> [--setup=<button id>] [--loads=N]");
  process.exit(2);
}

const server = await startServer();
const { browser, close } = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript({ path: join(new URL(".", import.meta.url).pathname, "page-lib.js") });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const self = new Map();
  let total = 0;
  for (let load = 0; load < loads; load++) {
    await page.goto(`${server.origin}/${framework}/`, { waitUntil: "load" });
    await page.waitForFunction(() => window.__bench.ready(), null, { timeout: 30000 });
    // Three warm-ups of the same click (each followed by a reset), then the profiled one.
    await page.evaluate(async ({ button, setup }) => {
      const click = (id) => document.getElementById(id).click();
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      for (let i = 0; i < 3; i++) {
        if (setup) click(setup);
        click(button);
        click(button === "clear" ? "run" : "clear");
        await frame();
      }
      if (setup) click(setup);
      await frame();
    }, { button, setup });
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 50 });
    await cdp.send("Profiler.start");
    await page.evaluate((id) => document.getElementById(id).click(), button);
    const { profile } = await cdp.send("Profiler.stop");
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const { functionName, url, lineNumber, columnNumber } = nodes.get(id).callFrame;
      const key = `${functionName || "(anonymous)"} ${url.split("/").pop()}:${lineNumber + 1}:${columnNumber + 1}`;
      const ms = profile.timeDeltas[i] / 1000;
      self.set(key, (self.get(key) ?? 0) + ms);
      total += ms;
    });
  }
  console.log(`${framework}, click on #${button}: ${(total / loads).toFixed(1)} ms sampled per click (mean of ${loads} loads), self time:`);
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    console.log(`${(ms / loads).toFixed(2).padStart(9)} ms  ${key}`);
  }
} finally {
  await close();
  await server.close();
}
