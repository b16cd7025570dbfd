// Reading a Chrome performance trace the way the public js-framework-benchmark driver does:
// an operation lasts from the start of the click event's dispatch to the end of the last paint
// after it, where a paint ends with the Commit that hands it to the compositor. Frames that
// only ran animation-frame callbacks (the driver's own waits) commit without a Paint event and
// do not count.

/** Trace categories that hold EventDispatch, Paint and Commit. */
export const TRACE_CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline"];

/**
 * Milliseconds from the click to the end of the last paint after it, plus the script time
 * (JS run from the click on: event handlers, animation frames, timers, microtasks).
 */
export function clickToPaint(buffer) {
  const parsed = JSON.parse(buffer.toString("utf8"));
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const clicks = events.filter((e) => e.name === "EventDispatch" && e.args?.data?.type === "click");
  if (clicks.length !== 1) throw new Error(`the trace has ${clicks.length} click events, expected 1`);
  const click = clicks[0];
  const after = events.filter((e) => e.pid === click.pid && e.tid === click.tid && e.ts >= click.ts).sort((a, b) => a.ts - b.ts);
  const paints = after.filter((e) => e.name === "Paint");
  if (paints.length === 0) throw new Error("no Paint after the click");
  const lastPaint = paints[paints.length - 1];
  const commit = after.find((e) => e.name === "Commit" && e.ts >= lastPaint.ts);
  const end = Math.max(lastPaint.ts + (lastPaint.dur ?? 0), commit ? commit.ts + (commit.dur ?? 0) : 0);
  return { total: (end - click.ts) / 1000, script: scriptTime(after, end) / 1000, paints: paints.length, phases: phases(after, end) };
}

// Where the main thread's time went between the click and the end (ms per kind of top-level
// event): script, style (UpdateLayoutTree), layout, paint (PrePaint, Paint, Layerize), commit,
// gc, other. Lets a run show whether a framework's extra time is its own JS or the browser's
// rendering of the DOM it built.
const PHASE_OF = {
  UpdateLayoutTree: "style",
  Layout: "layout",
  PrePaint: "paint",
  Paint: "paint",
  Layerize: "paint",
  Commit: "commit",
  MajorGC: "gc",
  MinorGC: "gc",
};
function phases(events, end) {
  const sums = { script: 0, style: 0, layout: 0, paint: 0, commit: 0, gc: 0 };
  let coveredUntil = 0;
  for (const e of events) {
    if (e.ph !== "X" || e.ts >= end || e.ts < coveredUntil) continue;
    const stop = Math.min(e.ts + (e.dur ?? 0), end);
    const phase = SCRIPT_EVENTS.has(e.name) ? "script" : PHASE_OF[e.name];
    if (!phase) continue;
    sums[phase] += (stop - e.ts) / 1000;
    coveredUntil = stop;
  }
  return sums;
}

// Top-level script tasks (on the click's thread) until the last paint (µs). Nested events are
// inside their parent's duration, so only the outermost of overlapping events counts.
const SCRIPT_EVENTS = new Set(["EventDispatch", "FireAnimationFrame", "TimerFire", "FunctionCall", "RunMicrotasks", "V8.Execute"]);
function scriptTime(events, end) {
  let total = 0;
  let coveredUntil = 0;
  const scripts = events
    .filter((e) => e.ph === "X" && SCRIPT_EVENTS.has(e.name) && e.ts < end);
  for (const e of scripts) {
    const stop = Math.min(e.ts + (e.dur ?? 0), end);
    const start = Math.max(e.ts, coveredUntil);
    if (stop > start) total += stop - start;
    coveredUntil = Math.max(coveredUntil, stop);
  }
  return total;
}
