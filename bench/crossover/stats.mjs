// From the raw samples and build sizes to the published figures: per case and K the medians,
// spread and verdict of both back-ends, and the crossover points for speed and size.

const BACKENDS = ["micro", "macro"];

/** The q-quantile of sorted `xs` (linear interpolation). */
function quantile(xs, q) {
  const i = (xs.length - 1) * q;
  const lo = Math.floor(i);
  return xs[lo] + (xs[Math.min(lo + 1, xs.length - 1)] - xs[lo]) * (i - lo);
}

const round3 = (x) => Math.round(x * 1000) / 1000;

/** Median, quartiles, min–max of every sample of all rounds, and each round's median. */
function summary(rounds) {
  const all = rounds.flat().sort((a, b) => a - b);
  const roundMedians = rounds.map((r) => quantile([...r].sort((a, b) => a - b), 0.5));
  return {
    median_us: round3(quantile(all, 0.5)),
    q1_us: round3(quantile(all, 0.25)),
    q3_us: round3(quantile(all, 0.75)),
    min_us: round3(all[0]),
    max_us: round3(all[all.length - 1]),
    round_medians_us: roundMedians.map(round3),
    samples: all.length,
  };
}

/** Fewer rounds cannot show a difference beyond chance (see `verdict`). */
const MIN_ROUNDS = 5;

/**
 * Which back-end is faster at one point: the one whose every round median is below every round
 * median of the other (each round is a fresh page of each back-end). With 5 rounds the chance of
 * that ordering when both are equally fast is 2/252 < 1 %. Otherwise "neither" (within noise).
 */
function verdict(micro, macro) {
  const a = micro.round_medians_us, b = macro.round_medians_us;
  if (a.length < MIN_ROUNDS) return "neither";
  if (Math.max(...a) < Math.min(...b)) return "micro";
  if (Math.max(...b) < Math.min(...a)) return "macro";
  return "neither";
}

/** The smallest K from which `wins(point)` holds at it and at every larger K measured, or null. */
function crossover(points, wins) {
  let at = null;
  for (let i = points.length - 1; i >= 0 && wins(points[i]); i--) at = points[i].k;
  return at;
}

/** The results object written to crossover.json. */
export function analyse(raw) {
  const { builds, samples, ...rest } = raw;
  const cases = raw.cases.map((c) => {
    const points = raw.settings.ks.map((k) => {
      const point = { k };
      for (const b of BACKENDS) point[b] = summary(samples[`${c.name}-${k}-${b}`]);
      point.macro_over_micro = round3(point.macro.median_us / point.micro.median_us);
      point.faster = verdict(point.micro, point.macro);
      return point;
    });
    // Sizes of every build, including the ones too big to time.
    const sizes = [...raw.settings.ks, ...raw.settings.sizeKs].map((k) => {
      const build = builds[`${c.name}-${k}`];
      const size = (b) => ({ raw: build[b].raw, gzip: build[b].gzip, brotli: build[b].brotli });
      return { k, micro: size("micro"), macro: size("macro"), brotli_micro_minus_macro: build.micro.brotli - build.macro.brotli };
    });
    return {
      ...c,
      points,
      sizes,
      // Speed: the smallest K from which Macro is measurably faster at every larger K.
      speed_crossover_k: crossover(points, (p) => p.faster === "macro"),
      // Size: the smallest K from which Macro's build is no larger than Micro's.
      size_crossover_k: crossover(sizes, (p) => p.brotli_micro_minus_macro >= 0),
    };
  });
  return { ...rest, cases, crossover: crossoverOf(cases) };
}

/**
 * The figures `dx build` decides by (`Backend::choose`), from the cases' own crossovers. An
 * app without lists makes at most one edit per binding, known at compile time: it is compared
 * with the cases of bindings (text, attr). A keyed list's edits grow with its rows at run time:
 * a list app is compared with the list case.
 */
export function crossoverOf(cases) {
  const least = (ks) => (ks.length ? Math.min(...ks) : null);
  const speed = (list) => least(cases.filter((c) => (c.name === "list") === list).map((c) => c.speed_crossover_k).filter((k) => k !== null));
  return {
    // The fewest DOM edits per event at which Macro was measurably faster in a case of
    // bindings (and stayed so for more edits); null: Micro was never slower beyond noise.
    speed_edits_per_event: speed(false),
    // The fewest rows per event from which Macro was measurably faster in the list case; null:
    // at no row count measured.
    speed_list_rows: speed(true),
    // The smallest app (K) at which Macro's build was no larger; null: Micro was always smaller.
    size_k: least(cases.map((c) => c.size_crossover_k).filter((k) => k !== null)),
  };
}
