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
  const split = phases(after, end);
  return { total: (end - click.ts) / 1000, script: split.script, paints: paints.length, phases: split };
}

// Where the main thread's time went between the click and the end (ms per kind of top-level
// event on the click's thread): script, style (UpdateLayoutTree), layout, paint (PrePaint,
// Paint, Layerize), commit and gc; an event nested in another counts in its parent's time. Lets
// a run show whether a framework's extra time is its own JS or the browser's rendering.
const SCRIPT_EVENTS = new Set(["EventDispatch", "FireAnimationFrame", "TimerFire", "FunctionCall", "RunMicrotasks", "V8.Execute"]);
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
