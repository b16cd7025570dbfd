// What the runner does to both pages: the automatic plan (derived from the React page's first
// frame) followed by the component's plan.json steps, each addressed as (selector, index) in the
// current DOM of each page, and how one step is performed.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The element kinds of the automatic plan, as selectors inside #app. */
export const KINDS = {
  button: "#app button",
  "text field": ["", "text", "search", "email", "url", "tel", "password"].map((t) => (t ? `#app input[type="${t}" i]` : "#app input:not([type])")).join(", ") + ", #app textarea",
  "checkbox/radio": '#app input[type="checkbox" i], #app input[type="radio" i]',
  select: "#app select",
};

const STEP_KEYS = ["click", "type", "press", "check", "select", "wait"];

/** The component's plan.json as `{ auto, steps }`; throws with a readable message when malformed. */
export function readPlan(dir) {
  const file = join(dir, "plan.json");
  if (!existsSync(file)) return { auto: true, steps: [] };
  const plan = JSON.parse(readFileSync(file, "utf8"));
  const steps = plan.steps ?? [];
  if (!Array.isArray(steps)) throw new Error("plan.json: steps is not an array");
  steps.forEach((step, i) => {
    const kind = STEP_KEYS.filter((k) => k in step);
    if (kind.length !== 1) throw new Error(`plan.json: step ${i + 1} needs exactly one of ${STEP_KEYS.join(", ")}`);
    if (kind[0] === "wait" ? typeof step.wait !== "number" : typeof step[kind[0]] !== "string") throw new Error(`plan.json: step ${i + 1}: bad ${kind[0]}`);
    if (kind[0] === "type" && typeof step.text !== "string") throw new Error(`plan.json: step ${i + 1}: type needs text`);
    if (kind[0] === "press" && typeof step.key !== "string") throw new Error(`plan.json: step ${i + 1}: press needs key`);
    if (kind[0] === "select" && typeof step.value !== "string") throw new Error(`plan.json: step ${i + 1}: select needs value`);
  });
  // `dxOnly` (the runner's own self-test only): a script run on the dx page once it is live,
  // so the self-test has a mismatch that does not depend on a dx bug.
  if (plan.dxOnly !== undefined && typeof plan.dxOnly !== "string") throw new Error("plan.json: dxOnly is not a string");
  return { auto: plan.auto !== false, steps: steps.map(explicitStep), dxOnly: plan.dxOnly };
}

/**
 * The automatic plan from the React page after its first frame: click each button, type "dx"
 * into each text field, toggle each checkbox/radio, pick each option of each select, then click
 * the first button again.
 */
export async function autoPlan(page) {
  const counts = await page.evaluate((kinds) => {
    const out = {};
    for (const [kind, selector] of Object.entries(kinds)) out[kind] = document.querySelectorAll(selector).length;
    out.options = [...document.querySelectorAll(kinds.select)].map((s) => s.options.length);
    return out;
  }, KINDS);
  const steps = [];
  for (let i = 0; i < counts.button; i++) steps.push({ action: "click", selector: KINDS.button, nth: i, label: `click button #${i}` });
  for (let i = 0; i < counts["text field"]; i++) steps.push({ action: "type", selector: KINDS["text field"], nth: i, text: "dx", label: `type "dx" into text field #${i}` });
  for (let i = 0; i < counts["checkbox/radio"]; i++) steps.push({ action: "check", selector: KINDS["checkbox/radio"], nth: i, label: `toggle checkbox/radio #${i}` });
  counts.options.forEach((n, i) => {
    for (let j = 0; j < n; j++) steps.push({ action: "select", selector: KINDS.select, nth: i, option: j, label: `pick option #${j} of select #${i}` });
  });
  if (counts.button > 0) steps.push({ action: "click", selector: KINDS.button, nth: 0, label: "click button #0 again" });
  return steps;
}

/** A plan.json step in the runner's form. */
function explicitStep(step) {
  const nth = step.nth ?? 0;
  if ("wait" in step) return { action: "wait", ms: step.wait, label: `wait ${step.wait} ms` };
  if ("click" in step) return { action: "click", selector: step.click, nth, label: `click ${JSON.stringify(step.click)} #${nth}` };
  if ("type" in step) return { action: "type", selector: step.type, nth, text: step.text, label: `type ${JSON.stringify(step.text)} into ${JSON.stringify(step.type)} #${nth}` };
  if ("press" in step) return { action: "press", selector: step.press, nth, key: step.key, label: `press ${step.key} on ${JSON.stringify(step.press)} #${nth}` };
  if ("check" in step) return { action: "check", selector: step.check, nth, label: `check ${JSON.stringify(step.check)} #${nth}` };
  return { action: "select", selector: step.select, nth, value: step.value, label: `select ${JSON.stringify(step.value)} in ${JSON.stringify(step.select)} #${nth}` };
}

const ACTION_TIMEOUT_MS = 2_000;

/** Whether the step's element exists on `page` now (a `wait` always applies). */
export async function applies(page, step) {
  if (step.action === "wait") return true;
  const count = await page.locator(step.selector).count();
  if (count <= step.nth) return false;
  // Picking an option is done programmatically (selectOption), which works even where a user
  // cannot pick one: a disabled select is skipped as a user would find it.
  if (step.action === "select") {
    return page.locator(step.selector).nth(step.nth).evaluate((s, j) => !s.matches(":disabled") && (j === undefined || j < s.options.length), step.option);
  }
  return true;
}

/**
 * Performs `step` on `page` as a user would (real mouse and keyboard input through the
 * browser; no actionability waits, so a disabled or covered element gets the click a user's
 * would get, on both pages alike).
 */
export async function perform(page, step) {
  if (step.action === "wait") return page.waitForTimeout(step.ms);
  const target = page.locator(step.selector).nth(step.nth);
  const options = { timeout: ACTION_TIMEOUT_MS };
  switch (step.action) {
    case "click":
    case "check":
      return target.click({ ...options, force: true });
    case "type":
      await target.focus(options);
      await page.keyboard.press("ControlOrMeta+A");
      return page.keyboard.type(step.text);
    case "press":
      return target.press(step.key, options);
    case "select":
      return step.option !== undefined ? target.selectOption({ index: step.option }, { ...options, force: true }) : target.selectOption(step.value, { ...options, force: true });
  }
}
