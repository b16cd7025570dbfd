// dx tiny host: the Micro back-end's JS. The wasm calls the op functions below directly (one call
// per DOM edit), so there is no op buffer to decode, and the app's templates are JS built into
// this file (dx_runtime::templates_js), so there is no template table to fetch or decode either.
//
// dx build ships only what an app uses (dx_runtime::micro_host_js_for): the `dx` entries its
// module imports (the others come from the full host's `dx` object, so both hosts share that
// code), the statements tagged `//@if:a|b` when the module imports `a` or `b` (`!` negates;
// `js-string` stands for any `wasm:js-string` import), and those tagged `//@if-used:name` when
// something shipped uses `name`. A tag on a line that opens brackets covers the lines up to
// where they close. Then the build minifies it (runtime/src/minify.rs), which needs every
// statement to end with `;`.
let nodes, container;
// The module's exports (a Micro module names them with one letter: dx_compiler's ExportNames).
let init, event, flush;
let flushScheduled = 0; //@if-used:flushScheduled
const delegated = new Set; //@if-used:delegated

/** An element with attributes `{ name: value }` and children (nodes, or strings for texts). */
const element = (tag, attributes, ...children) => { //@if-used:element
  const x = document.createElement(tag);
  for (const name in attributes) x.setAttribute(name, attributes[name]);
  x.append(...children);
  return x;
};
/** `element` in the SVG namespace (`xlink:` attributes in theirs, as React writes them). */
const svgElement = (tag, attributes, ...children) => { //@if-used:svgElement
  const x = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const name in attributes)
    if (name.startsWith("xlink:")) x.setAttributeNS("http://www.w3.org/1999/xlink", name, attributes[name]);
    else x.setAttribute(name, attributes[name]);
  x.append(...children);
  return x;
};
/** Sets or (for null) removes an attribute; `xlink:` ones in the XLink namespace, as React writes them. */
const writeAttribute = (el, name, v) => { //@if-used:writeAttribute
  // React sets style properties one by one: none set (all `undefined`) leaves no attribute.
  if (name === "style" && v != null && !el.hasAttribute(name)) return void (el.setAttribute(name, v), el.style.length || el.removeAttribute(name));
  const xlink = name.startsWith("xlink:") && "http://www.w3.org/1999/xlink";
  if (v == null) xlink ? el.removeAttributeNS(xlink, name.slice(6)) : el.removeAttribute(name);
  else xlink ? el.setAttributeNS(xlink, name, v) : el.setAttribute(name, v);
};
/*@TEMPLATES@*/

/** The list row (a wasm pointer) that node `x` is part of, or 0. */
const rowOf = (x) => { //@if-used:rowOf
  for (; x && x !== container; x = x.parentNode) if ("$$row" in x) return x.$$row;
  return 0;
};

// One listener per event type on the container: walks up from the target to the handlers, then
// applies the state changes before the dispatch returns (painted in the frame of the input).
const delegate = (type) => { //@if-used:delegate
  if (delegated.has(type)) return;
  delegated.add(type);
  const key = "$$" + type;
  container.addEventListener(type, (e) => {
    if (moving) return; //@if:op_INSERT|op_INSERT_RANGE
    let dirty = 0;
    // The loop runs one of the last two lines (handlers in list rows also get the row); apps
    // that read the event's element (`e.currentTarget.value`) keep it on the event first.
    // Enter/leave events reach only the element entered or left, as React's do.
    const last = /enter|leave/.test(type) ? e.target : container;
    for (let x = e.target; x && !e.cancelBubble; x = x === last ? null : x.parentNode) {
      if (key in x) e.$$current = x; //@if:ev_str|ev_num|ev_bool
      if (key in x) dirty |= event(x[key], e, rowOf(x)); //@if:op_CLONE_ROW
      if (key in x) dirty |= event(x[key], e); //@if:!op_CLONE_ROW
    }
    if (dirty) flush();
    restore(e); //@if:op_SET_PROP|op_SET_PROP_BOOL
  }, /^(focus|blur)$|enter|leave/.test(type));
};

// Controlled fields (`value={…}`, `checked={…}`) stay on their state, as in React: the value
// state last gave them is kept on the element, and what an input event changed without a
// state change confirming it goes back once the handlers of the event React's `onChange` stands
// for have run: a text's `input`, a select's `change`, a checkbox's `change` (restoring at an
// earlier event would undo the change before its handler saw it).
const valueEvent = (x) => (x.tagName === "SELECT" ? "change" : "input"); //@if-used:valueEvent
const control = (x, key, value, type) => { //@if-used:control
  x[key] = value;
  delegate(type);
  delegate("change");
};
const restore = (e) => { //@if-used:restore
  const x = e.target;
  if (e.type === valueEvent(x) && x.$$v !== undefined && x.value !== x.$$v) x.value = x.$$v;
  if (e.type === "change" && x.$$c !== undefined && x.checked !== x.$$c) x.checked = x.$$c;
};

// Timers and window events apply their state changes once per animation frame.
const scheduleFlush = () => { //@if-used:scheduleFlush
  if (!flushScheduled) flushScheduled = requestAnimationFrame(() => {
    flushScheduled = 0;
    flush();
  });
};
/** Runs handler `h` for a timer or a window event `e` (outside the container's delegation). */
const fire = (h, e = null, env = 0) => event(h, e, env) && scheduleFlush(); //@if-used:fire
// String keys of list rows, as numbers (the wasm compares keys as f64).
const keyIds = new Map; //@if-used:keyIds
const listeners = new Map; //@if-used:listeners
const bool = (b) => (b ? 1 : 0); //@if-used:bool
let line = []; //@if-used:line
const log = (values) => console.log(...values); //@if-used:log

// A list row is a clone of its template's first build; its slots are found again by the child
// index paths of that build's. Per template: [root, slot paths, listeners every row gets].
const rowTemplates = []; //@if-used:rowTemplates
// The `j`-th child of `x`, by sibling steps: a row's slots are found without creating a
// `childNodes` list per parent of every new row.
const childAt = (x, j) => { //@if-used:childAt
  for (x = x.firstChild; j > 0; j--) x = x.nextSibling;
  return x;
};
// Swaps `x` for an empty copy of itself: the browser drops a detached subtree at once, faster
// than it removes 1,000 rows one by one (10.4 vs 12.5 ms in bench/table/profile-op.mjs; vanilla
// JS clears its table this way too). The copy keeps the handlers (`$$…` properties) and takes
// over every handle of `x`.
const emptyCopy = (x) => { //@if-used:emptyCopy
  const y = Object.assign(x.cloneNode(false), x);
  x.replaceWith(y);
  for (let i = nodes.length; i--; ) if (nodes[i] === x) nodes[i] = y;
  return y;
};
// The siblings from node `first` through node `last`: a list row of several roots.
// Moving the node that holds the focus blurs it; React puts the focus back after its commit,
// with its handlers muted: `moved` (before an insert) notes the focus when the node is already
// in the page and mutes the listeners (`moving`), `refocus` (after) restores both.
let moving = 0; //@if-used:moving
const moved = (x) => x.isConnected && ((moving = 1), document.activeElement); //@if-used:moved
const refocus = (f) => { //@if-used:refocus
  if (f && f !== document.activeElement && f.isConnected) f.focus({ preventScroll: true });
  moving = 0;
};
const range = (first, last) => { //@if-used:range
  const out = [nodes[first]];
  while (out.at(-1) !== nodes[last]) out.push(out.at(-1).nextSibling);
  return out;
};
const rowTemplate = (i) => { //@if-used:rowTemplate
  if (!rowTemplates[i]) {
    const slots = [];
    const roots = templates[i]((k, x) => (slots[k] = x));
    // Rows are cloned from a node of an inert document (a template's content), as
    // `<template>`-based code does: cloning there and adopting the clone on insertion costs
    // the browser less than cloning inside the page's document (−10 % of the clone+insert
    // time for 10,000 rows, bench/table/profile-op.mjs). A row of several roots is cloned
    // as that fragment.
    const content = document.createElement("template").content;
    content.append(...roots);
    const root = roots[1] ? content : roots[0];
    const pathTo = (x) => (x === root ? [] : [...pathTo(x.parentNode), [...x.parentNode.childNodes].indexOf(x)]);
    rowTemplates[i] = [root, slots.map(pathTo), []];
  }
  return rowTemplates[i];
};

/** Loads `app.wasm` from `base` and mounts the app into `target`. */
export const start = async (target, base = "./") =>
  startWithBytes(target, null, await (await fetch(base + "app.wasm")).arrayBuffer());

/**
 * Mounts an app from the bytes of its `app.wasm` into `target`. `htip` is unused: the app's
 * templates are built into this host (the parameter keeps the full host's signature).
 */
export async function startWithBytes(target, htip, bytes) {
  const imports = {
    // Engines without imported string constants look each one up by its name.
    "'": new Proxy({}, { get: (_, name) => name }), //@if:'
    // Fallbacks for engines without the JS String Builtins.
    "wasm:js-string": { //@if:js-string
      concat: (a, b) => a + b, //@if:js:concat
      length: (a) => a.length, //@if:js:length
      equals: (a, b) => +(a === b), //@if:js:equals
      compare: (a, b) => (a < b ? -1 : +(a > b)), //@if:js:compare
    },
    dx: {
      op_CLONE: (template, base, anchor) => {
        const roots = templates[template]((k, x) => (nodes[base + k] = x));
        // Content placed beside the roots of a list row belongs to the row.
        if (anchor && "$$row" in nodes[anchor]) for (const x of roots) x.$$row = nodes[anchor].$$row; //@if:op_INSERT_RANGE
        anchor ? nodes[anchor].before(...roots) : container.append(...roots);
      },
      op_REMOVE: (i) => nodes[i].remove(),
      op_SET_TEXT: (i, value) => (nodes[i].data = value),
      op_SET_TEXT_NUM: (i, value) => (nodes[i].data = "" + value),
      op_SET_ATTR: (i, name, value) => writeAttribute(nodes[i], strings[name], value),
      op_REMOVE_ATTR: (i, name) => writeAttribute(nodes[i], strings[name], null),
      op_TOGGLE_ATTR: (i, name, on) => nodes[i].toggleAttribute(strings[name], on),
      // Writing an identical value would move the caret of a focused input to the end.
      op_SET_PROP: (i, name, value) => {
        const x = nodes[i], key = strings[name];
        if (key === "value") control(x, "$$v", value, valueEvent(x));
        // A select has no `defaultValue` property: React's uncontrolled select picks the option.
        if (key === "defaultValue" && x.tagName === "SELECT") x.value = value;
        else if (x[key] !== value) x[key] = value;
      },
      op_SET_PROP_BOOL: (i, name, on) => {
        const x = nodes[i], key = strings[name];
        if (key === "checked") control(x, "$$c", on !== 0, "change");
        x[key] = on !== 0;
      },
      op_FOCUS: (i) => nodes[i].focus(),
      op_CLONE_ROW: (template, base, row) => {
        const [root, paths, listeners] = rowTemplate(template), x = root.cloneNode(true);
        x.$$row = row;
        if (x.nodeType === 11) for (const y of x.childNodes) y.$$row = row; //@if:op_INSERT_RANGE
        // The root's path is empty: it gets handle `base`.
        paths.forEach((path, k) => (nodes[base + k] = path.reduce(childAt, x)));
        listeners.forEach(([k, key, h]) => (nodes[base + k][key] = h));
      },
      op_INSERT: (i, before, f = moved(nodes[i])) => (nodes[before].before(nodes[i]), refocus(f)),
      op_INSERT_RANGE: (first, last, before, f = moved(nodes[first])) => (nodes[before].before(...range(first, last)), refocus(f)),
      op_REMOVE_RANGE: (first, last) => range(first, last).forEach((x) => x.remove()),
      // A list that stays empty gets an empty copy of its parent (see `emptyCopy`).
      op_CLEAR: (anchor, refill) => {
        const a = nodes[anchor];
        let parent = a.parentNode;
        if (refill || parent === document.activeElement) parent.textContent = "";
        else parent = emptyCopy(parent);
        parent.append(a);
      },
      op_LISTEN: (i, name, h) => {
        nodes[i]["$$" + strings[name]] = h;
        delegate(strings[name]);
      },
      op_TEMPLATE_LISTEN: (template, slot, name, h) => {
        rowTemplate(template)[2].push([slot, "$$" + strings[name], h]);
        delegate(strings[name]);
      },
    },
  };
  // Imported string constants and the JS String Builtins, where the engine has them.
  const options = { builtins: ["js-string"], importedStringConstants: "'" }; //@if:'|js-string
  container = target;
  nodes = [target];
  const exports = (await WebAssembly.instantiate(bytes, imports, options)).instance.exports; //@if:'|js-string
  const exports = (await WebAssembly.instantiate(bytes, imports)).instance.exports; //@if:!'|js-string
  ({ i: init, e: event, f: flush } = exports);
  // For tests, benchmarks and devtools: the app's linear memory.
  globalThis.__dx_memory = exports.m;
  // Replaces prerendered first-frame HTML with the live DOM in the same task.
  target.replaceChildren();
  init();
}
