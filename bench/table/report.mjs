// Turns the raw samples into bench/results/<name>.json, .md (tables with ratios to vanilla
// and the geometric mean) and .svg (bar charts).
import { readFileSync, writeFileSync } from "node:fs";
import { perRow } from "./alloc.mjs";
import { geometricMean, summary } from "./stats.mjs";

const COLOURS = ["#555555", "#2c6fbb", "#e8590c", "#7048e8", "#2b8a3e", "#c2255c", "#0c8599", "#a07c00"];

/** Adds medians, spreads, ratios and geometric means to the report. */
function analyse(report) {
  const names = report.frameworks.map((f) => f.name);
  const hasVanilla = names.includes("vanilla");
  const durations = {};
  for (const op of report.ops) {
    durations[op.id] = {};
    for (const name of names) {
      const samples = report.samples[`${name}/${op.id}`];
      if (!samples?.length) continue;
      const total = summary(samples.map((s) => s.total));
      durations[op.id][name] = { ...total, script: summary(samples.map((s) => s.script)).median };
      // Samples from runs before the trace reader split the main thread's time have no phases.
      if (samples.every((s) => s.phases)) {
        const phase = (key) => summary(samples.map((s) => s.phases[key])).median;
        durations[op.id][name].phases = { script: phase("script"), rendering: phase("style") + phase("layout") + phase("paint") + phase("commit") };
      }
    }
    const reference = durations[op.id].vanilla?.median;
    for (const entry of Object.values(durations[op.id])) entry.ratio = hasVanilla && reference ? entry.median / reference : null;
  }
  const geomean = {};
  for (const name of names) {
    const ratios = report.ops.map((op) => durations[op.id][name]?.ratio);
    geomean[name] = ratios.every((r) => r) && ratios.length ? geometricMean(ratios) : null;
  }
  return { durations, geomean };
}

const ms = (v) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1048576).toFixed(2)} MB`;
const bytes = (n) => `${Math.round(n).toLocaleString("en-US")} B`;

function markdown(report, analysis) {
  const { machine: m, frameworks } = report;
  const lines = [];
  const row = (cells) => lines.push(`| ${cells.join(" | ")} |`);
  lines.push("# Keyed table benchmark: dx and its peers side by side", "");
  lines.push(`<!-- DO NOT EDIT: written by \`${report.command}\` (bench/table/run.mjs) -->`, "");
  lines.push(`- Machine: ${m.cpu}, ${m.cores} cores (\`nproc\`), ${m.memoryGiB} GiB; ${m.chromium}, headless; node ${m.node}; ${m.date.slice(0, 16).replace("T", " ")} UTC.`);
  lines.push(`- ${report.config.iterations} measured runs per operation and framework, each after a fresh page load and ${report.config.warmups} warm-up runs; frameworks interleaved run by run. The run took ${(report.totalSeconds / 60).toFixed(1)} min, ${report.buildSeconds.toFixed(0)} s of it building the apps.`);
  lines.push("- Duration: from the start of the real click's event dispatch to the end of the last Paint/Commit after it, read from a Chrome performance trace (see bench/table/README.md).");
  lines.push(`- Frameworks: ${frameworks.map((f) => `${f.label}${f.version ? ` (${f.version})` : ""}`).join(", ")}.`);
  for (const s of report.skipped) lines.push(`- Not measured: **${s.name}**: ${s.reason}.`);
  if (report.unselected.length) lines.push(`- Not selected for this run (\`--frameworks\`): ${report.unselected.join(", ")}.`);
  if (report.retries?.length) lines.push(`- ${report.retries.length} throttled sample(s) were run again because the CPU slowdown was not in effect (listed in table.json).`);
  for (const f of report.failures) lines.push(`- **FAILED** ${f.framework} ${f.op} (run ${f.iteration + 1}): ${f.message}`);
  lines.push("", "## Duration (median ms, ratio to vanilla JS; lower is better)", "");
  row(["operation", ...frameworks.map((f) => f.label)]);
  row(["---", ...frameworks.map(() => "---:")]);
  for (const op of report.ops) {
    row([`${op.name}: ${op.detail}`, ...frameworks.map((f) => {
      const d = analysis.durations[op.id][f.name];
      if (!d) return "FAIL";
      return d.ratio ? `${ms(d.median)} (${d.ratio.toFixed(2)})` : ms(d.median);
    })]);
  }
  row(["**geometric mean of ratios**", ...frameworks.map((f) => (analysis.geomean[f.name] ? `**${analysis.geomean[f.name].toFixed(2)}**` : "–"))]);
  lines.push("", "Spread of the same samples: min–max ms (interquartile range).", "");
  row(["operation", ...frameworks.map((f) => f.label)]);
  row(["---", ...frameworks.map(() => "---:")]);
  for (const op of report.ops) {
    row([op.name, ...frameworks.map((f) => {
      const d = analysis.durations[op.id][f.name];
      return d ? `${ms(d.min)}–${ms(d.max)} (${ms(d.q1)}–${ms(d.q3)})` : "FAIL";
    })]);
  }
  if (report.ops.some((op) => frameworks.some((f) => analysis.durations[op.id][f.name]?.phases))) {
    lines.push("", "Where the main thread's time went (medians, ms): script (the app's JS and wasm, from the click on) / rendering (style, layout, paint, commit; a garbage collection that runs inside them counts there). Each is the median of its own samples, so the two need not add up to the duration's median. Frameworks that make the same DOM edits differ mostly in the script column.", "");
    row(["operation", ...frameworks.map((f) => f.label)]);
    row(["---", ...frameworks.map(() => "---:")]);
    for (const op of report.ops) {
      row([op.name, ...frameworks.map((f) => {
        const p = analysis.durations[op.id][f.name]?.phases;
        return p ? `${ms(p.script)} / ${ms(p.rendering)}` : "–";
      })]);
    }
  }
  lines.push("", "## Memory, size and start-up", "");
  lines.push("Memory after creating 1,000 rows (median of " + report.config.memoryRuns + " fresh pages; JS heap after forced GC, wasm = linear memory the page exposes). Size: the app's JS, wasm and HTIP files, each compressed alone (gzip -9, brotli quality 11); index.html and the shared Bootstrap CSS are not counted. First contentful paint and time to interactive: median of " + report.config.loadRuns + " cold loads (see README.md).", "");
  row(["framework", "JS heap", "wasm memory", "memory total", "raw", "gzip", "brotli", "first paint (ms)", "interactive (ms)"]);
  row(["---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:"]);
  for (const f of frameworks) {
    const mem = report.memory?.[f.name];
    const size = report.sizes[f.name].total;
    const load = report.load?.[f.name];
    const orDash = (value, format) => (value === null || value === undefined ? "–" : format(value));
    row([f.label, orDash(mem?.jsHeap, mb), orDash(mem?.wasm || null, mb), orDash(mem?.total, mb), kb(size.raw), kb(size.gzip), kb(size.brotli), orDash(load?.fcp, ms), orDash(load?.tti, ms)]);
  }
  if (report.alloc) allocation(report, row, lines);
  lines.push("");
  return lines.join("\n");
}

function allocation(report, row, lines) {
  const { alloc, frameworks } = report;
  lines.push("", "## JS allocation on the update path", "");
  lines.push(`JS heap allocated from the real click until two frames after the DOM shows its effect, garbage included (V8's sampling heap profiler at a ${alloc.sampling.samplingInterval}-byte interval, which records every allocation), after the operation's warm-ups and a forced GC; median of ${report.config.allocRuns} fresh pages. **App code**: allocations with the app's own scripts or wasm on the stack; **driver**: the benchmark's page-lib.js and Playwright; **browser**: no JS on the stack (Blink's and V8's own work, such as compiling). See README.md.`);
  for (const op of alloc.opList) {
    lines.push("", `**${op.name}**: ${op.changedRows} of ${alloc.tableRows.toLocaleString("en-US")} rows change.`, "");
    row(["framework", "app code", "objects", "per changed row", "per table row", "driver", "browser"]);
    row(["---", "---:", "---:", "---:", "---:", "---:", "---:"]);
    for (const f of frameworks) {
      const a = alloc.ops[op.id]?.[f.name];
      if (!a) row([f.label, "FAIL", "", "", "", "", ""]);
      else row([f.label, bytes(a.app.bytes), String(a.app.objects), perRow(a.perChangedRow), perRow(a.perTableRow), bytes(a.driver.bytes), bytes(a.browser.bytes)]);
    }
  }
}

// ---- SVG: horizontal bar panels ---------------------------------------------------------------

const escape = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function svg(report, analysis) {
  const frameworks = report.frameworks;
  const colour = Object.fromEntries(frameworks.map((f, i) => [f.name, COLOURS[i % COLOURS.length]]));
  const width = 960;
  const labelWidth = 210;
  const plotWidth = width - labelWidth - 150;
  const barHeight = 11;
  const parts = [];
  let y = 20;
  const text = (x, yy, s, extra = "") => parts.push(`<text x="${x}" y="${yy}" ${extra}>${escape(s)}</text>`);

  text(16, y + 6, "Keyed table benchmark: dx and its peers side by side", 'font-size="18" font-weight="bold"');
  y += 26;
  text(16, y, `${report.machine.cpu}, ${report.machine.cores} cores; ${report.machine.chromium.split(" built")[0]}; ${report.config.iterations} runs per operation`, 'font-size="12" fill="#555"');
  y += 20;
  let x = 16;
  for (const f of frameworks) {
    parts.push(`<rect x="${x}" y="${y - 10}" width="12" height="12" fill="${colour[f.name]}"/>`);
    text(x + 16, y, f.label, 'font-size="12"');
    x += 24 + f.label.length * 7;
  }
  y += 18;

  // groups: [{ label, bars: [{ name, value, lo, hi, caption }] }]
  function panel(title, groups, unit) {
    y += 16;
    text(16, y, title, 'font-size="14" font-weight="bold"');
    y += 10;
    const max = Math.max(...groups.flatMap((g) => g.bars.map((b) => b.hi ?? b.value))) || 1;
    const scale = plotWidth / max;
    for (const group of groups) {
      const height = group.bars.length * (barHeight + 2);
      text(labelWidth - 8, y + height / 2 + 4, group.label, 'font-size="12" text-anchor="end"');
      for (const bar of group.bars) {
        const w = Math.max(1, bar.value * scale);
        parts.push(`<rect x="${labelWidth}" y="${y}" width="${w.toFixed(1)}" height="${barHeight}" fill="${colour[bar.name]}"><title>${escape(`${bar.name}: ${bar.caption}`)}</title></rect>`);
        if (bar.lo !== undefined) {
          const mid = y + barHeight / 2;
          parts.push(`<line x1="${(labelWidth + bar.lo * scale).toFixed(1)}" x2="${(labelWidth + bar.hi * scale).toFixed(1)}" y1="${mid}" y2="${mid}" stroke="#000" stroke-width="1"/>`);
        }
        text(labelWidth + Math.max(w, (bar.hi ?? 0) * scale) + 4, y + barHeight - 2, bar.caption, 'font-size="10" fill="#333"');
        y += barHeight + 2;
      }
      y += 6;
    }
    if (unit === "ratio") {
      const x1 = labelWidth + scale;
      parts.push(`<line x1="${x1.toFixed(1)}" x2="${x1.toFixed(1)}" y1="${y - 4}" y2="${y - 4 - groups.length * 6 - groups.reduce((n, g) => n + g.bars.length * (barHeight + 2), 0)}" stroke="#999" stroke-dasharray="3,3"/>`);
      text(x1 - 10, y + 8, "1.00 = vanilla JS", 'font-size="10" fill="#777"');
      y += 12;
    }
  }

  const hasRatios = Object.values(analysis.geomean).some((g) => g);
  const opGroups = report.ops.map((op) => {
    const reference = analysis.durations[op.id].vanilla?.median;
    return {
      label: op.name,
      bars: frameworks.filter((f) => analysis.durations[op.id][f.name]).map((f) => {
        const d = analysis.durations[op.id][f.name];
        const base = hasRatios ? reference : 1;
        return { name: f.name, value: d.median / base, lo: d.q1 / base, hi: d.q3 / base, caption: `${hasRatios ? `${(d.median / base).toFixed(2)}× · ` : ""}${ms(d.median)} ms` };
      }),
    };
  });
  if (hasRatios) {
    opGroups.push({
      label: "geometric mean",
      bars: frameworks.filter((f) => analysis.geomean[f.name]).map((f) => ({ name: f.name, value: analysis.geomean[f.name], caption: `${analysis.geomean[f.name].toFixed(2)}×` })),
    });
  }
  panel(hasRatios ? "Duration relative to vanilla JS (median; whiskers: interquartile range; lower is better)" : "Duration (median ms; whiskers: interquartile range)", opGroups, hasRatios ? "ratio" : "ms");

  const perFramework = (label, value, caption) => ({
    label,
    bars: frameworks.filter((f) => value(f) !== undefined && value(f) !== null).map((f) => ({ name: f.name, value: value(f), caption: caption(value(f)) })),
  });
  panel("Transferred size, brotli (JS + wasm + HTIP)", [perFramework("brotli", (f) => report.sizes[f.name].total.brotli, kb)], "bytes");
  if (report.memory) panel("Memory after 1,000 rows (JS heap + wasm)", [perFramework("memory", (f) => report.memory[f.name]?.total, mb)], "bytes");
  if (report.alloc) {
    panel("JS allocated by app code in one operation (median bytes, garbage included)", report.alloc.opList.map((op) =>
      perFramework(op.name, (f) => report.alloc.ops[op.id]?.[f.name]?.app.bytes, bytes)), "bytes");
  }
  if (report.load) {
    panel("Start-up (median of cold loads)", [
      perFramework("first contentful paint", (f) => report.load[f.name]?.fcp, (v) => `${ms(v)} ms`),
      perFramework("time to interactive", (f) => report.load[f.name]?.tti, (v) => `${ms(v)} ms`),
    ], "ms");
  }
  y += 10;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}" font-family="Helvetica, Arial, sans-serif">
<!-- DO NOT EDIT: written by bench/table/run.mjs -->
<rect width="100%" height="100%" fill="#fff"/>
${parts.join("\n")}
</svg>
`;
}

/** Writes <base>.json, <base>.md and <base>.svg; returns the markdown. */
export function writeReports(report, base) {
  const analysis = analyse(report);
  const full = { ...report, ...analysis };
  writeFileSync(`${base}.json`, `${JSON.stringify(full, null, 1)}\n`);
  const md = markdown(report, analysis);
  writeFileSync(`${base}.md`, md);
  writeFileSync(`${base}.svg`, svg(report, analysis));
  return md;
}

// `node report.mjs bench/results/table` renders the .md and .svg again from the .json (after a
// change to this file), without measuring anything.
if (process.argv[1] === new URL(import.meta.url).pathname) {
  const base = process.argv[2] ?? new URL("../results/table", import.meta.url).pathname;
  const report = JSON.parse(readFileSync(`${base}.json`, "utf8"));
  report.unselected ??= [];
  writeReports(report, base);
  console.log(`report: rendered ${base}.md and ${base}.svg from ${base}.json`);
}
