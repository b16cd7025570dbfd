// The canonical text of a rendered DOM subtree: what the comparison sees. One node per line,
// indented by depth. Everything a user can see is kept; only what cannot be seen, or differs
// for reasons that are not the app's (how a DOM was built), is normalised. README.md lists the
// rules with their reasons.

/**
 * Runs in the page (passed to `page.evaluate`, so it must not close over anything): the
 * canonical text of the children of the element matching `selector`.
 */
export function canonicalDom(selector) {
  const root = document.querySelector(selector);
  if (!root) return `(no element matches ${selector})`;
  const HTML = "http://www.w3.org/1999/xhtml";
  const PREFIX = { "http://www.w3.org/2000/svg": "svg:", "http://www.w3.org/1998/Math/MathML": "math:" };
  const ATTRIBUTE_NAMESPACES = { "http://www.w3.org/1999/xlink": "xlink", "http://www.w3.org/XML/1998/namespace": "xml", "http://www.w3.org/2000/xmlns/": "xmlns" };
  // JSON escapes, plus the spaces a reader cannot tell from U+0020 (the comparison is exact anyway).
  const quote = (s) => JSON.stringify(s).replace(/[\u00a0\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  const lines = [];

  // A form control's live state is what the user sees; the content attribute that carries its
  // default (React keeps it in sync with the live value, a plain DOM app does not) is replaced
  // by the live value, as `.name` pseudo-attributes.
  const live = (el) => {
    if (el.namespaceURI !== HTML) return null;
    const tag = el.localName;
    if (tag === "input" && (el.type === "checkbox" || el.type === "radio")) {
      return { hidden: "checked", props: [[".checked", String(el.checked)], ...(el.indeterminate ? [[".indeterminate", "true"]] : [])] };
    }
    if (tag === "input") return { hidden: "value", props: [[".value", quote(el.value)]] };
    if (tag === "textarea" || tag === "select") return { hidden: null, props: [[".value", quote(el.value)]] };
    if (tag === "option") return { hidden: "selected", props: [[".selected", String(el.selected)]] };
    return null;
  };

  const attributes = (el, state) => {
    const out = [];
    for (const attr of el.attributes) {
      if (attr.namespaceURI === null && (attr.name === "style" || attr.name === state?.hidden)) continue;
      // `xlink:href` means something only in the XLink namespace: the namespace is part of the name.
      const name = attr.namespaceURI === null ? attr.name : `[${ATTRIBUTE_NAMESPACES[attr.namespaceURI] ?? attr.namespaceURI}]${attr.localName}`;
      out.push([name, quote(attr.value)]);
    }
    if (el.hasAttribute("style")) {
      // Parsed by the browser: `color:red` and `color: red;` are the same declaration.
      const declarations = [];
      for (let i = 0; i < el.style.length; i++) {
        const name = el.style[i];
        const priority = el.style.getPropertyPriority(name);
        declarations.push(`${name}: ${el.style.getPropertyValue(name)}${priority ? " !" + priority : ""}`);
      }
      declarations.sort();
      out.push(["style", quote(declarations.join("; "))]);
    }
    if (state) out.push(...state.props);
    if (el === document.activeElement) out.push([".focused", "true"]);
    out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return out.map(([name, value]) => ` ${name}=${value}`).join("");
  };

  const walk = (parent, depth) => {
    const indent = "  ".repeat(depth);
    let text = null;
    const flushText = () => {
      // Adjacent text nodes render as one run; an empty one renders as nothing.
      if (text) lines.push(indent + quote(text));
      text = null;
    };
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) {
        text = (text ?? "") + node.data;
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        flushText();
        const name = (node.namespaceURI === HTML ? "" : PREFIX[node.namespaceURI] ?? `{${node.namespaceURI}}`) + node.localName;
        const state = live(node);
        lines.push(`${indent}<${name}${attributes(node, state)}>`);
        // A textarea's text is its default value; what it shows is `.value`, above.
        if (node.localName !== "textarea" || node.namespaceURI !== HTML) walk(node, depth + 1);
      }
      // Comments (dx's anchors, React's nothing) and processing instructions are invisible.
    }
    flushText();
  };
  walk(root, 0);
  return lines.join("\n");
}

/**
 * Runs in the page: resolves once the DOM under `selector` is quiet: two animation frames, then
 * no mutation for `quietMs`, at most `maxMs` in all. Resolves to whether it went quiet.
 */
export function waitQuiet({ selector, quietMs, maxMs }) {
  // The page's own timers are virtual (determinism.mjs): wait with the real ones.
  const setTimeout = globalThis.__corpusRealSetTimeout ?? globalThis.setTimeout;
  const clearTimeout = globalThis.__corpusRealClearTimeout ?? globalThis.clearTimeout;
  return new Promise((resolve) => {
    const start = performance.now();
    // A frame that never comes (a page the browser throttles) must not stall the run.
    const frame = () => new Promise((r) => {
      const t = setTimeout(r, 100);
      requestAnimationFrame(() => { clearTimeout(t); r(); });
    });
    frame().then(frame).then(() => {
      const root = document.querySelector(selector) ?? document.body;
      let timer;
      const done = (quiet) => {
        observer.disconnect();
        clearTimeout(timer);
        clearTimeout(cap);
        resolve(quiet);
      };
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => done(true), quietMs);
      };
      const observer = new MutationObserver(arm);
      observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
      const cap = setTimeout(() => done(false), Math.max(0, maxMs - (performance.now() - start)));
      arm();
    });
  });
}

/**
 * The first line where `a` (React) and `b` (dx) differ, with up to `context` lines before it:
 * `{ line, react, dx }` (each a short excerpt), or null when they are equal.
 */
export function firstDifference(a, b, context = 2) {
  if (a === b) return null;
  const la = a.split("\n"), lb = b.split("\n");
  let i = 0;
  while (i < la.length && i < lb.length && la[i] === lb[i]) i++;
  const from = Math.max(0, i - context);
  const excerpt = (lines) => [...lines.slice(from, i), lines[i] ?? "(end)"].map((l) => clip(l)).join("\n");
  return { line: i + 1, react: excerpt(la), dx: excerpt(lb) };
}

function clip(line, max = 160) {
  return line.length > max ? line.slice(0, max) + "…" : line;
}
