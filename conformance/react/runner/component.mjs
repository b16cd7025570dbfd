// One component in the browser: load the React page and the dx page, compare the first frame,
// then perform each step on both and compare again, until the first difference.
import { determinismScript, STEP_MS } from "./determinism.mjs";
import { canonicalDom, firstDifference, waitQuiet } from "./normalize.mjs";
import { applies, autoPlan, perform } from "./plan.mjs";

const START_TIMEOUT_MS = 10_000;
const QUIET = { selector: "#app", quietMs: 50, maxMs: 1_000 };

/** An outcome that ends the run of a component (thrown by the steps below). */
class Outcome extends Error {
  constructor(result) {
    super(result.outcome);
    this.result = result;
  }
}

/**
 * Opens `path` in a fresh context of `browser` (its own storage, so the two apps cannot see
 * each other's localStorage) with the determinism script, recording page errors and console
 * errors. Resolves to { page, errors }; closing its context is registered in `session.opened`
 * first, so a caller that gives up on the component can close what it opened.
 */
async function open(browser, origin, path, session) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const close = () => context.close().catch(() => {});
  session.opened.push(close);
  await context.addInitScript(determinismScript);
  const page = await context.newPage();
  const errors = [];
  // Messages must not carry the run's random port.
  const clean = (text) => String(text).split("\n")[0].replaceAll(origin, "");
  page.on("pageerror", (error) => errors.push(clean(`${error.name}: ${error.message}`)));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(clean(`console.error: ${message.text()}`));
  });
  page.on("crash", () => errors.push("the page crashed"));
  page.setDefaultTimeout(START_TIMEOUT_MS);
  await page.goto(origin + path, { waitUntil: "load", timeout: START_TIMEOUT_MS });
  return { page, errors };
}

/** Resolves when `flag` is set on the page's global object or an error was recorded. */
async function waitLive(side, flag, what) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (side.errors.length === 0) {
    if (await side.page.evaluate((f) => globalThis[f] !== undefined, flag)) return;
    if (Date.now() > deadline) throw new Error(`${what} did not start within ${START_TIMEOUT_MS / 1000} s`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const quiet = (side) => side.page.evaluate(waitQuiet, QUIET);
/** Lets `ms` of virtual time pass on one page: its due timers run (see determinism.mjs). */
const advance = (side, ms) => side.page.evaluate((t) => globalThis.__corpusAdvance?.(t), ms);
const dom = (side) => side.page.evaluate(canonicalDom, "#app");

/** Throws the outcome for errors either page recorded so far. */
function checkErrors(react, dx) {
  if (react.errors.length > 0) throw new Outcome({ outcome: "react-error", reason: `runtime: ${react.errors[0]}` });
  if (dx && dx.errors.length > 0) throw new Outcome({ outcome: "runtime-error", message: dx.errors[0] });
}

/**
 * Runs one component whose dx build succeeded (`built`), or only its React page when it did
 * not (a React page that throws makes a corpus bug, whatever dx did); resolves to null then.
 * Otherwise resolves to a result `{ outcome: "pass" | "mismatch" | "runtime-error" |
 * "react-error", … }`; rejects on a failure of the runner or the browser. `session` records
 * what is open (`opened`) and how far the run got (`phase`, `step`, the React `page`), for the
 * caller's timeout, and what was done (`log`, for --verbose); the caller closes what it opened.
 */
export async function runInBrowser(browser, origin, component, plan, built, session) {
  try {
    session.phase = "react";
    const react = await open(browser, origin, `/react/${encodeURIComponent(component.name)}/`, session).catch((error) => {
      if (!browser.isConnected()) throw error;
      throw new Outcome({ outcome: "react-error", reason: `runtime: the page did not load: ${error.message.split("\n")[0]}` });
    });
    session.react = react.page;
    await waitLive(react, "__corpusLive", "the React page").catch((error) => {
      throw new Outcome({ outcome: "react-error", reason: `runtime: ${error.message}` });
    });
    await quiet(react);
    checkErrors(react, null);
    if (!built) return null;

    session.phase = "dx";
    const dx = await open(browser, origin, `/dx/${encodeURIComponent(component.name)}/`, session).catch((error) => {
      if (!browser.isConnected()) throw error;
      throw new Outcome({ outcome: "crash", reason: `the dx page did not load: ${error.message.split("\n")[0]}` });
    });
    // Both hosts set __dx_memory in the task that replaces the prerendered frame and runs
    // dx_init, so once it is visible the live DOM is in place.
    await waitLive(dx, "__dx_memory", "the dx app").catch((error) => {
      throw new Outcome({ outcome: "runtime-error", message: error.message });
    });
    if (plan.dxOnly) await dx.page.evaluate(plan.dxOnly);
    await Promise.all([advance(react, 0), advance(dx, 0)]);
    await Promise.all([quiet(react), quiet(dx)]);
    checkErrors(react, dx);
    compare(await dom(react), await dom(dx), 0, "first render");

    const steps = [...(plan.auto ? await autoPlan(react.page) : []), ...plan.steps];
    for (const [i, step] of steps.entries()) {
      const number = i + 1;
      session.step = number;
      if (!(await applies(react.page, step))) {
        session.log.push(`step ${number} (${step.label}): skipped, no such element on the React page`);
        continue;
      }
      try {
        await perform(react.page, step);
      } catch (error) {
        // What the user cannot do on the React page is skipped on both.
        session.log.push(`step ${number} (${step.label}): skipped, ${error.message.split("\n")[0]}`);
        continue;
      }
      session.log.push(`step ${number} (${step.label})`);
      let dxFailure = null;
      await perform(dx.page, step).catch((error) => (dxFailure = error.message.split("\n")[0]));
      await Promise.all([quiet(react), quiet(dx)]);
      await Promise.all([advance(react, STEP_MS), advance(dx, STEP_MS)]);
      await Promise.all([quiet(react), quiet(dx)]);
      checkErrors(react, dx);
      if (dxFailure) throw new Outcome({ outcome: "mismatch", step: number, label: step.label, diff: { line: 0, react: "(the step worked)", dx: `(the step failed: ${dxFailure})` } });
      compare(await dom(react), await dom(dx), number, step.label);
    }
    session.log.push(`last DOM:\n${await dom(react)}`);
    return { outcome: "pass" };
  } catch (error) {
    if (error instanceof Outcome) return error.result;
    throw error;
  }
}

function compare(reactDom, dxDom, step, label) {
  const diff = firstDifference(reactDom, dxDom);
  if (diff) throw new Outcome({ outcome: "mismatch", step, label, diff });
}
