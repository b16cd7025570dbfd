// bench/results/crossover.md from crossover.json. `node bench/crossover/report.mjs [json]`
// rewrites the markdown next to the json without measuring again.
import { readFileSync, writeFileSync } from "node:fs";

const fmt = (us) => (us >= 100 ? us.toFixed(0) : us >= 10 ? us.toFixed(1) : us.toFixed(2));
const range = (xs) => `${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))}`;

/** Marginal cost of one more edit in ns: slope of the median between the smallest and largest K. */
function perEdit(points, backend) {
  const a = points[0], b = points[points.length - 1];
  return ((b[backend].median_us - a[backend].median_us) * 1000) / (b.k - a.k);
}

/** The markdown report of a results object (see stats.mjs). */
export function markdown(r) {
  const m = r.machine;
  const s = r.settings;
  const lines = [
    "# Micro vs Macro: where each back-end wins",
    "",
    "<!-- DO NOT EDIT: written by `bench/crossover/run.sh` (bench/crossover/run.mjs, report.mjs) -->",
    "",
    `- Machine: ${m.cpu}, ${m.cores} cores (\`nproc\`), ${m.memory_gib} GiB; ${m.chromium}, headless; node ${m.node}; dx at ${r.commit}; ${r.date.replace("T", " ").replace("Z", " UTC")}. 1-minute load average ${m.load_average_1min.map((x) => x.toFixed(2)).join(" → ")} over the run (another engineer shares the machine).`,
    `- Method: every case below is generated for K = ${s.ks.join(", ")} edits per click and built with \`dx build --mode micro\` and \`--mode macro\`. Each round loads every build in a fresh page (back-ends interleaved, the first of each pair alternating) and times ${s.warmup} warm-up + ${s.samples} measured samples of synchronous \`#go.click()\` calls with \`performance.now()\` (cross-origin isolated: ${m.cross_origin_isolated ? "yes, 5 µs resolution" : "no, 100 µs resolution"}), one sample after each rendered frame, ${s.clicksPerSample.map(([k, n]) => `${n}`).join("/")} clicks per sample for the K above. dx applies an event's DOM edits before the dispatch returns, so a click's time is its whole work: delegated listener, wasm handler, flush and DOM edits; style, layout and paint come later and are the same DOM changes for both back-ends. ${s.rounds} rounds; the run took ${r.seconds} s.`,
    "- Faster: the back-end whose every round median is below every round median of the other (chance < 1 % with 5 rounds if both were equally fast); otherwise *neither* (within noise). Sizes: `dx build`'s total of index.html + JS host + app.htip + app.wasm, brotli -q 11 (raw / gzip in crossover.json), without a prerendered first frame (the same HTML for both back-ends).",
    "",
    "## Crossover",
    "",
  ];
  const speed = r.crossover.speed_edits_per_event;
  const micro = r.cases.flatMap((c) => c.points).filter((p) => p.faster === "micro").length;
  const macro = r.cases.flatMap((c) => c.points).filter((p) => p.faster === "macro").length;
  const all = r.cases.flatMap((c) => c.points.map((p) => ({ ...p, case: c.name })));
  const total = all.length;
  const byRatio = [...all].sort((a, b) => a.macro_over_micro - b.macro_over_micro);
  const [lo, hi] = [byRatio[0], byRatio[byRatio.length - 1]];
  const ratios = `median Macro / Micro from ${lo.macro_over_micro.toFixed(2)} (${lo.case}, K = ${lo.k}) to ${hi.macro_over_micro.toFixed(2)} (${hi.case}, K = ${hi.k})`;
  const tally = micro + macro === 0 ? `all ${total} points are within noise (${ratios})` : `Micro was faster at ${micro} of ${total} points, Macro at ${macro}, the rest within noise (${ratios})`;
  const list = r.crossover.speed_list_rows;
  const upTo = s.ks[s.ks.length - 1];
  if (speed === null && list === null) {
    lines.push(`- **Speed: no crossover.** Macro was not measurably faster from any K on, up to ${upTo} edits per click, in any case; ${tally}.`);
  } else {
    const where = r.cases.filter((c) => c.speed_crossover_k !== null).map((c) => `${c.name} from K = ${c.speed_crossover_k}`).join(", ");
    lines.push(`- **Speed: Macro is faster from some K** (${where}; below that Micro is faster or both are within noise); ${tally}.`);
    lines.push(`  - Apps without lists (edits per event = bindings, known when compiling): ${speed === null ? `no crossover up to ${upTo}` : `Macro from ${speed} edits per event`}.`);
    lines.push(`  - Apps with keyed lists (edits grow with the rows at run time): ${list === null ? `no crossover up to ${upTo} rows per event` : `Macro from ${list} rows per event`}.`);
  }
  const gaps = r.cases.flatMap((c) => c.sizes.map((p) => p.brotli_micro_minus_macro));
  const biggest = Math.max(...r.cases.flatMap((c) => c.sizes.map((p) => p.micro.brotli)));
  if (r.crossover.size_k === null) {
    lines.push(`- **Size: no crossover.** Micro's build is smaller at every point up to K = ${Math.max(...s.ks, ...s.sizeKs)} (${(biggest / 1024).toFixed(0)} KB brotli), by ${-Math.max(...gaps)} to ${-Math.min(...gaps)} bytes brotli: the fixed ~7 KB raw of the full host and the op writers; per binding both back-ends emit the same call, to an import or to a writer.`);
  } else {
    lines.push(`- **Size: Macro's build is no larger from K = ${r.crossover.size_k}.**`);
  }
  lines.push(
    `- Cost of one more edit (slope of the median from K = ${s.ks[0]} to ${s.ks[s.ks.length - 1]}): ${r.cases.map((c) => `${c.name} ${perEdit(c.points, "micro").toFixed(0)} ns Micro / ${perEdit(c.points, "macro").toFixed(0)} ns Macro`).join("; ")}.`,
    "- `dx build` reads these figures through `Backend::choose` (compiler-wasm/src/emit/mod.rs); a test there fails when its constant differs from `crossover` in crossover.json (`speed_edits_per_event` for apps without lists, `speed_list_rows` for apps with keyed lists).",
    "",
    "## Speed",
    "",
    "µs per click: median of all samples (interquartile range), and the range of the per-round medians.",
    "",
  );
  for (const c of r.cases) {
    lines.push(
      `### ${c.name}: ${c.what}`,
      "",
      "| K | Micro µs | Macro µs | Macro / Micro | round medians Micro | round medians Macro | faster |",
      "| ---: | ---: | ---: | ---: | ---: | ---: | :---: |",
    );
    for (const p of c.points) {
      lines.push(
        `| ${p.k} | ${fmt(p.micro.median_us)} (${fmt(p.micro.q1_us)}–${fmt(p.micro.q3_us)}) | ${fmt(p.macro.median_us)} (${fmt(p.macro.q1_us)}–${fmt(p.macro.q3_us)}) | ${p.macro_over_micro.toFixed(2)} | ${range(p.micro.round_medians_us)} | ${range(p.macro.round_medians_us)} | ${p.faster} |`,
      );
    }
    lines.push("");
  }
  lines.push(
    "## Size",
    "",
    "Bytes shipped (brotli -q 11) by app size: Micro / Macro (Micro − Macro). In *text* and *attr* K is the number of bindings (and, in *attr*, of component instances); the *list* app is the same source for every K except the initial row count.",
    "",
    `| K | ${r.cases.map((c) => c.name).join(" | ")} |`,
    `| ---: | ${r.cases.map(() => "---:").join(" | ")} |`,
  );
  for (const k of [...s.ks, ...s.sizeKs]) {
    const cells = r.cases.map((c) => {
      const p = c.sizes.find((x) => x.k === k);
      return `${p.micro.brotli} / ${p.macro.brotli} (${p.brotli_micro_minus_macro})`;
    });
    lines.push(`| ${k}${s.sizeKs.includes(k) ? " (size only)" : ""} | ${cells.join(" | ")} |`);
  }
  lines.push("");
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const json = process.argv[2] ?? new URL("../results/crossover.json", import.meta.url).pathname;
  const results = JSON.parse(readFileSync(json, "utf8"));
  writeFileSync(json.replace(/\.json$/, ".md"), markdown(results));
}
