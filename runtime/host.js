// dx JS host: loads an app's templates and wasm, then applies the DOM edits the wasm writes
// into its op buffer, one whole batch per call. Everything about the binary layouts is
// generated from the format tables (dx_formats::js) and spliced in below.
/*@GENERATED@*/

const COMPILE_OPTIONS = { builtins: ["js-string"], importedStringConstants: "'" };
// Events that do not bubble: delegated in the capture phase instead. React's onFocus/onBlur
// bubble (they are focusin/focusout), its enter/leave events do not: those reach only the
// element entered or left (`ONLY_TARGET`).
const ONLY_TARGET = new Set(["mouseenter", "mouseleave", "pointerenter", "pointerleave"]);
const CAPTURED = new Set(["focus", "blur", ...ONLY_TARGET]);

let container, wasm, memory, refs, dv, opBase;
let strings = [];
let templates = [];
let nodes = [];
let flushScheduled = false;
// Set while a node that may hold the focus is moved (see `moved`): the focus events it causes run no handler.
let moving = false;
const delegated = new Set();
// String keys of list rows, as numbers (the wasm compares keys as f64).
const keyIds = new Map();

/** The node at `path` below `node` (path[0] is already applied): child index steps. */
function walk(node, path) {
  for (let j = 1; j < path.length; j++) {
    node = node.firstChild;
    for (let i = path[j]; i > 0; i--) node = node.nextSibling;
  }
  return node;
}

function op_CLONE(template, base, anchor) {
  const t = templates[template];
  const frag = t.fragment.cloneNode(true);
  let node = frag.firstChild;
  for (let i = 0; i < t.rootCount; i++, node = node.nextSibling) nodes[base + i] = node;
  const slots = t.slots;
  for (let k = 0; k < slots.length; k++) {
    const path = slots[k];
    nodes[base + t.rootCount + k] = walk(nodes[base + path[0]], path);
  }
  if (anchor === 0) container.appendChild(frag);
  else {
    // Content placed beside the roots of a list row belongs to the row.
    const row = nodes[anchor].$$row;
    if (row !== undefined) for (let i = 0; i < t.rootCount; i++) nodes[base + i].$$row = row;
    nodes[anchor].parentNode.insertBefore(frag, nodes[anchor]);
  }
}

function op_CLONE_ROW(template, base, row) {
  const t = templates[template];
  if (t.rootCount > 1) return cloneRowRange(t, base, row);
  const root = t.fragment.firstChild.cloneNode(true);
  root.$$row = row;
  nodes[base] = root;
  const slots = t.slots;
  for (let k = 0; k < slots.length; k++) nodes[base + 1 + k] = walk(root, slots[k]);
  if (t.listen) for (const [k, key, h] of t.listen) nodes[base + k][key] = h;
}

/** A row of several roots: they stay in a fragment until `INSERT_RANGE` places them. */
function cloneRowRange(t, base, row) {
  let node = t.fragment.cloneNode(true).firstChild;
  for (let i = 0; i < t.rootCount; i++, node = node.nextSibling) (nodes[base + i] = node).$$row = row;
  const slots = t.slots;
  for (let k = 0; k < slots.length; k++) nodes[base + t.rootCount + k] = walk(nodes[base + slots[k][0]], slots[k]);
  if (t.listen) for (const [k, key, h] of t.listen) nodes[base + k][key] = h;
}

function op_INSERT_RANGE(first, last, before) {
  const b = nodes[before], end = nodes[last], focused = moved(nodes[first]);
  for (let n = nodes[first], next; ; n = next) {
    next = n.nextSibling;
    b.parentNode.insertBefore(n, b);
    if (n === end) break;
  }
  if (focused) refocus(focused);
}

function op_REMOVE_RANGE(first, last) {
  const end = nodes[last];
  for (let n = nodes[first], next; ; n = next) {
    next = n.nextSibling;
    n.remove();
    if (n === end) break;
  }
}

function op_INSERT(node, before) {
  const b = nodes[before], focused = moved(nodes[node]);
  b.parentNode.insertBefore(nodes[node], b);
  if (focused) refocus(focused);
}

/**
 * Before inserting `n`: when it is already in the page (a move), the focused element, with the
 * focus events muted (`moving`). Moving the node that holds the focus blurs it; React puts the
 * focus back after its commit (`restoreSelection`) with its event handlers muted, and so does
 * `refocus` after the move. A new node cannot hold the focus: no cost for it.
 */
function moved(n) {
  if (!n.isConnected) return null;
  moving = true;
  return document.activeElement;
}

function refocus(focused) {
  if (focused !== document.activeElement && focused.isConnected) focused.focus({ preventScroll: true });
  moving = false;
}

function op_CLEAR(anchor, refill) {
  const a = nodes[anchor];
  let p = a.parentNode;
  if (refill || p === document.activeElement) p.textContent = "";
  else p = emptyCopy(p);
  p.appendChild(a);
}

/**
 * Swaps `x` for an empty copy of itself (a list that stays empty): the browser drops a
 * detached subtree at once, while removing 1,000 rows one by one costs it more. The copy keeps
 * the handlers (`$$…` properties) and takes over every handle of `x`.
 */
function emptyCopy(x) {
  const y = Object.assign(x.cloneNode(false), x);
  x.replaceWith(y);
  for (let i = nodes.length; i--; ) if (nodes[i] === x) nodes[i] = y;
  return y;
}

function op_REMOVE(node) {
  nodes[node].remove();
}

function op_SET_TEXT(node, value) {
  nodes[node].data = refs.get(value);
}

function op_SET_TEXT_NUM(node, value) {
  nodes[node].data = "" + value;
}

// A null value is a nullable attribute's `null`/`undefined`: React leaves the attribute out.
function op_SET_ATTR(node, name, value) {
  writeAttribute(nodes[node], strings[name], refs.get(value));
}

function op_REMOVE_ATTR(node, name) {
  writeAttribute(nodes[node], strings[name], null);
}

// `xlink:href` and its kin are in the XLink namespace, as React writes them (also when a
// binding writes or removes them: `cond ? <use href/> : <use xlinkHref/>`).
function writeAttribute(el, name, v) {
  // React sets style properties one by one: none set (all `undefined`) leaves no attribute.
  if (name === "style" && v != null && !el.hasAttribute(name)) {
    el.setAttribute(name, v);
    if (!el.style.length) el.removeAttribute(name);
    return;
  }
  if (name.startsWith("xlink:")) {
    if (v == null) el.removeAttributeNS("http://www.w3.org/1999/xlink", name.slice(6));
    else el.setAttributeNS("http://www.w3.org/1999/xlink", name, v);
  } else if (v == null) el.removeAttribute(name);
  else el.setAttribute(name, v);
}

function op_TOGGLE_ATTR(node, name, on) {
  nodes[node].toggleAttribute(strings[name], on !== 0);
}

function op_SET_PROP(node, name, value) {
  // Writing an identical `value` would move the caret of a focused input to the end.
  const el = nodes[node], key = strings[name], v = refs.get(value);
  if (key === "value") control(el, "$$v", v, valueEvent(el));
  // A select has no `defaultValue` property: React's uncontrolled select picks the option.
  if (key === "defaultValue" && el.tagName === "SELECT") el.value = v;
  else if (el[key] !== v) el[key] = v;
}

function op_SET_PROP_BOOL(node, name, on) {
  const el = nodes[node], key = strings[name];
  if (key === "checked") control(el, "$$c", on !== 0, "change");
  el[key] = on !== 0;
}

// Controlled fields (`value={…}`, `checked={…}`) stay on their state, as in React: the value
// state last gave them is kept on the element, and what an input event changed without a
// state change confirming it goes back once the event's handlers have run. `checked` is put
// back after `change` only: a checkbox fires `input` first and `change` handlers must still
// see what the click did.
/** The event React's `onChange` of a field stands for: a select's `change`, a text's `input`. */
function valueEvent(el) {
  return el.tagName === "SELECT" ? "change" : "input";
}

function control(el, key, value, type) {
  el[key] = value;
  delegate(type);
  delegate("change");
}

function restore(e) {
  const el = e.target;
  if (e.type === valueEvent(el) && el.$$v !== undefined && el.value !== el.$$v) el.value = el.$$v;
  if (e.type === "change" && el.$$c !== undefined && el.checked !== el.$$c) el.checked = el.$$c;
}

function op_FOCUS(node) {
  nodes[node].focus();
}

function op_LISTEN(node, event, handler) {
  const type = strings[event];
  nodes[node]["$$" + type] = handler;
  delegate(type);
}

function op_TEMPLATE_LISTEN(template, slot, event, handler) {
  const type = strings[event], t = templates[template];
  (t.listen ??= []).push([slot, "$$" + type, handler]);
  delegate(type);
}

/** One listener per event type on the container: walks up from the target to the handlers. */
function delegate(type) {
  if (delegated.has(type)) return;
  delegated.add(type);
  const key = "$$" + type;
  container.addEventListener(type, (e) => {
    if (moving) return;
    let dirty = 0;
    const last = ONLY_TARGET.has(type) ? e.target : container;
    for (let n = e.target; n; n = n === last ? null : n.parentNode) {
      const h = n[key];
      // `e.currentTarget` of a handler is the element it is on (the event's own is the
      // container the listener is delegated to).
      if (h !== undefined) dirty |= wasm.dx_event(h, ((e.$$current = n), e), rowOf(n));
      if (e.cancelBubble) break;
    }
    if (dirty) flushNow();
    restore(e);
  }, CAPTURED.has(type));
}

/** The list row (a wasm pointer) that node `n` is part of, or 0. */
function rowOf(n) {
  for (; n && n !== container; n = n.parentNode) if (n.$$row !== undefined) return n.$$row;
  return 0;
}

/**
 * Runs handler `h` for a timer or a window event `e` (outside the container's delegation);
 * flushes in the next frame if it changed state.
 */
function fire(h, e = null, env = 0) {
  if (wasm.dx_event(h, e, env)) scheduleFlush();
}

function apply(end) {
  if (dv.buffer !== memory.buffer) dv = new DataView(memory.buffer);
  applyOps(dv, opBase, end);
}

/**
 * Applies an event's state changes before its dispatch returns, as a plain DOM handler would:
 * the browser then paints them in the frame that handles the input (waiting for the next
 * animation frame could cost a whole frame). Timers and window events still batch per frame.
 */
function flushNow() {
  apply(wasm.dx_flush());
}

function scheduleFlush() {
  if (flushScheduled) return;
  flushScheduled = true;
  requestAnimationFrame(() => {
    flushScheduled = false;
    apply(wasm.dx_flush());
  });
}

function decodeTemplates(bytes) {
  let p = 0;
  const u32 = () => {
    let v = 0, shift = 0, b;
    do { b = bytes[p++]; v |= (b & 0x7f) << shift; shift += 7; } while (b & 0x80);
    return v >>> 0;
  };
  if (String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]) !== "HTIP" || bytes[4] !== 1) {
    throw new Error("dx: app.htip is not an HTIP v1 table");
  }
  p = 5;
  const decoder = new TextDecoder();
  const strs = [];
  for (let n = u32(); n > 0; n--) {
    const len = u32();
    strs.push(decoder.decode(bytes.subarray(p, p + len)));
    p += len;
  }
  // Templates live in an inert document (a template's content), as `<template>`-based code
  // does: cloning there and adopting the clone on insertion costs the browser less than
  // cloning inside the page's document.
  const inert = document.createElement("template").content.ownerDocument;
  const node = () => {
    switch (bytes[p++]) {
      case NODE_ELEMENT: {
        const el = inert.createElement(strs[u32()]);
        for (let n = u32(); n > 0; n--) el.setAttribute(strs[u32()], strs[u32()]);
        for (let n = u32(); n > 0; n--) el.appendChild(node());
        return el;
      }
      case NODE_SVG_ELEMENT: {
        const el = inert.createElementNS("http://www.w3.org/2000/svg", strs[u32()]);
        for (let n = u32(); n > 0; n--) {
          const name = strs[u32()], value = strs[u32()];
          // `xlink:href` and its kin are in the XLink namespace, as React writes them.
          if (name.startsWith("xlink:")) el.setAttributeNS("http://www.w3.org/1999/xlink", name, value);
          else el.setAttribute(name, value);
        }
        for (let n = u32(); n > 0; n--) el.appendChild(node());
        return el;
      }
      case NODE_TEXT: return inert.createTextNode(strs[u32()]);
      case NODE_ANCHOR: return inert.createComment("");
      default: throw new Error("dx: bad HTIP node kind at byte " + (p - 1));
    }
  };
  const list = [];
  for (let n = u32(); n > 0; n--) {
    const fragment = inert.createDocumentFragment();
    const rootCount = u32();
    for (let i = 0; i < rootCount; i++) fragment.appendChild(node());
    const slots = [];
    for (let s = u32(); s > 0; s--) {
      const path = [];
      for (let d = u32(); d > 0; d--) path.push(u32());
      slots.push(path);
    }
    list.push({ fragment, rootCount, slots });
  }
  return { strings: strs, templates: list };
}

async function fetchOk(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`dx: ${url}: HTTP ${response.status}`);
  return response;
}

async function compileWasm(url) {
  const response = await fetchOk(url);
  try {
    return await WebAssembly.compileStreaming(response.clone(), COMPILE_OPTIONS);
  } catch (streamingError) {
    // Streaming needs `Content-Type: application/wasm`; many static hosts send something else.
    return WebAssembly.compile(await response.arrayBuffer(), COMPILE_OPTIONS);
  }
}

/**
 * The import object of a dx module: string constants, the `wasm:js-string` fallbacks and
 * the `dx` host functions. `hooks.log(values)` receives each `console.log` line (default:
 * `console.log`), so tools such as the differential tests can capture output.
 */
export function createImports(module, hooks = {}) {
  // Engines with imported string constants never look these up; others get them here.
  // No prototype: a constant named `__proto__` is a constant like any other.
  const constants = Object.create(null);
  for (const imp of WebAssembly.Module.imports(module)) {
    if (imp.module === "'") constants[imp.name] = imp.name;
  }
  const log = hooks.log ?? ((values) => console.log(...values));
  let line = [];
  const listeners = new Map();
  const bool = (b) => (b ? 1 : 0);
  return {
    "'": constants,
    // Fallback for engines without the JS String Builtins (`wasm:js-string`).
    "wasm:js-string": {
      concat: (a, b) => a + b,
      length: (s) => s.length,
      equals: (a, b) => (a === b ? 1 : 0),
      compare: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
    },
    dx: {
      apply,
      num_str: (n) => "" + n,
      rem: (a, b) => a % b,
      ev_target_value: (e) => String(e.target.value ?? ""),
      ev_target_checked: (e) => (e.target.checked ? 1 : 0),
      ev_key: (e) => String(e.key ?? ""),
      // `k` is a property of the event or a path from it (`target.name`).
      ev_num: (e, k) => +(k.split(".").reduce((o, p) => o?.[p], e) ?? NaN),
      // Element refs' DOM properties and methods (`input.current.value`, `video.current.play()`).
      el_num: (h, k) => +nodes[h][k],
      el_bool: (h, k) => (nodes[h][k] ? 1 : 0),
      el_str: (h, k) => String(nodes[h][k] ?? ""),
      el_set_num: (h, k, v) => (nodes[h][k] = v),
      el_set_bool: (h, k, v) => (nodes[h][k] = v !== 0),
      el_set_str: (h, k, v) => (k.startsWith("style.") ? (nodes[h].style[k.slice(6)] = v) : (nodes[h][k] = v)),
      el_call: (h, k) => nodes[h][k](),
      ev_bool: (e, k) => (k.split(".").reduce((o, p) => o?.[p], e) ? 1 : 0),
      ev_str: (e, k) => String(k.split(".").reduce((o, p) => o?.[p], e) ?? ""),
      ev_prevent_default: (e) => e.preventDefault(),
      set_timeout: (h, ms) => +setTimeout(() => fire(h), ms),
      set_interval: (h, ms) => +setInterval(() => fire(h), ms),
      set_timeout_env: (h, ms, env) => +setTimeout(() => fire(h, null, env), ms),
      set_interval_env: (h, ms, env) => +setInterval(() => fire(h, null, env), ms),
      clear_timer: (id) => clearTimeout(id),
      // One listener per event type and callback, as the DOM keeps one per function.
      window_listen: (type, h) => {
        const k = type + " " + h;
        if (!listeners.has(k)) listeners.set(k, (e) => fire(h, e));
        addEventListener(type, listeners.get(k));
      },
      window_unlisten: (type, h) => removeEventListener(type, listeners.get(type + " " + h)),
      location_hash: () => location.hash,
      document_title: () => document.title,
      window_inner_width: () => window.innerWidth,
      window_inner_height: () => window.innerHeight,
      window_scroll_x: () => window.scrollX,
      window_scroll_y: () => window.scrollY,
      set_document_title: (s) => {
        document.title = s;
      },
      log_num: (n) => line.push(n),
      log_str: (s) => line.push(s),
      log_bool: (b) => line.push(b !== 0),
      log_end: () => {
        const values = line;
        line = [];
        log(values);
      },
      // Built-ins (compiler-wasm/src/builtins.rs): each is exactly the JS operation.
      math_round: Math.round,
      math_pow: Math.pow,
      math_sign: Math.sign,
      math_random: Math.random,
      math_sin: Math.sin,
      math_cos: Math.cos,
      math_tan: Math.tan,
      math_asin: Math.asin,
      math_acos: Math.acos,
      math_atan: Math.atan,
      math_sinh: Math.sinh,
      math_cosh: Math.cosh,
      math_tanh: Math.tanh,
      math_asinh: Math.asinh,
      math_acosh: Math.acosh,
      math_atanh: Math.atanh,
      math_exp: Math.exp,
      math_expm1: Math.expm1,
      math_log: Math.log,
      math_log1p: Math.log1p,
      math_log2: Math.log2,
      math_log10: Math.log10,
      math_cbrt: Math.cbrt,
      math_fround: Math.fround,
      math_clz32: Math.clz32,
      math_atan2: Math.atan2,
      math_hypot: Math.hypot,
      math_imul: Math.imul,
      num_is_integer: (n) => bool(Number.isInteger(n)),
      num_is_finite: (n) => bool(Number.isFinite(n)),
      num_is_safe_integer: (n) => bool(Number.isSafeInteger(n)),
      is_finite: (n) => bool(isFinite(n)),
      str_split: (s, sep) => s.split(sep),
      date_now: Date.now,
      // Dates are time values in the wasm (compiler-wasm/src/lower/dates.rs); a getter or a
      // text method is called by name on a Date made for the call.
      date_parse: (text) => Date.parse(text),
      date_make: (y, m, d, h, mi, s, ms) => new Date(y, m, d, h, mi, s, ms).getTime(),
      date_get: (time, method) => new Date(time)[method](),
      date_text: (time, method, locale) => new Date(time)[method](locale || undefined),
      performance_now: () => performance.now(),
      str_to_num: (s) => Number(s),
      parse_int: (s) => parseInt(s),
      parse_int_radix: (s, radix) => parseInt(s, radix),
      parse_float: (s) => parseFloat(s),
      is_nan: (n) => bool(Number.isNaN(n)),
      str_from_char_code: (n) => String.fromCharCode(n),
      str_trim: (s) => s.trim(),
      str_trim_start: (s) => s.trimStart(),
      str_trim_end: (s) => s.trimEnd(),
      str_upper: (s) => s.toUpperCase(),
      str_locale_compare: (s, t) => s.localeCompare(t),
      // The new lastIndex when it matches, -lastIndex - 1 when not (lower/regex.rs).
      re_test: (p, f, s, at) => {
        const re = new RegExp(p, f);
        re.lastIndex = at;
        return re.test(s) ? re.lastIndex : -re.lastIndex - 1;
      },
      re_replace: (s, p, f, r) => s.replace(new RegExp(p, f), r),
      re_new: (p, f) => new RegExp(p, f),
      // `s.split(matcher)` is `s.match(re) ?? []` (lower/regex.rs, `match` with the g flag).
      re_matcher: (p, f) => ({ [Symbol.split]: (s) => s.match(new RegExp(p, f)) ?? [] }),
      str_lower: (s) => s.toLowerCase(),
      str_includes: (s, t) => bool(s.includes(t)),
      str_starts_with: (s, t) => bool(s.startsWith(t)),
      str_ends_with: (s, t) => bool(s.endsWith(t)),
      str_index_of: (s, t) => s.indexOf(t),
      str_last_index_of: (s, t) => s.lastIndexOf(t),
      str_slice_from: (s, a) => s.slice(a),
      str_slice: (s, a, b) => s.slice(a, b),
      str_substring: (s, a, b) => s.substring(a, b),
      str_char_at: (s, i) => s.charAt(i),
      str_char_code_at: (s, i) => s.charCodeAt(i),
      str_repeat: (s, n) => s.repeat(n),
      str_pad_start: (s, n, p) => s.padStart(n, p),
      str_pad_end: (s, n, p) => s.padEnd(n, p),
      str_replace: (s, a, b) => s.replace(a, b),
      str_replace_all: (s, a, b) => s.replaceAll(a, b),
      num_to_fixed: (n, d) => n.toFixed(d),
      num_locale: (n, locale) => n.toLocaleString(locale),
      num_locale_default: (n) => n.toLocaleString(),
      storage_get_or: (k, d) => localStorage.getItem(k) ?? d,
      storage_set: (k, v) => localStorage.setItem(k, v),
      alert: (message) => alert(message),
      storage_remove: (k) => localStorage.removeItem(k),
      // Arrays and records as JS values (console.log, JSON) and back (JSON.parse).
      js_arr_new: () => [],
      js_arr_push: (a, v) => { a.push(v); },
      js_obj_new: () => ({}),
      // defineProperty: a field named `__proto__` is a field, as in JSON, not the prototype.
      js_obj_set: (o, k, v) => { Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true }); },
      js_num: (n) => n,
      js_bool: (b) => b !== 0,
      js_undefined: () => undefined,
      json_stringify: (v) => JSON.stringify(v),
      json_indent: (s, n) => JSON.stringify(JSON.parse(s), null, n),
      json_parse: (s) => JSON.parse(s),
      js_len: (v) => (Array.isArray(v) ? v.length : 0),
      js_at: (v, i) => v[i],
      js_get: (v, k) => (v !== null && typeof v === "object" && Object.hasOwn(v, k) ? v[k] : undefined),
      js_to_num: (v) => (typeof v === "number" ? v : NaN),
      js_to_bool: (v) => (v === true ? 1 : 0),
      js_to_str: (v) => (typeof v === "string" ? v : ""),
      // Whether the focus is inside the element holding a list (its anchor comment's parent).
      focus_within: (h) => {
        const a = nodes[h];
        const p = a && a.nodeType === 8 ? a.parentNode : a;
        const f = document.activeElement;
        return bool(!!p && !!f && f !== document.body && p.contains(f));
      },
      key_id: (s) => {
        let id = keyIds.get(s);
        if (id === undefined) keyIds.set(s, (id = keyIds.size));
        return id;
      },
    },
  };
}

/** Loads `app.htip` and `app.wasm` from `base` and mounts the app into `target`. */
export async function start(target, base = "./") {
  const [htip, module] = await Promise.all([
    fetchOk(base + "app.htip").then((r) => r.arrayBuffer()),
    compileWasm(base + "app.wasm"),
  ]);
  await mount(target, htip, module);
}

/**
 * Mounts an app from bytes already in memory (`app.htip` and `app.wasm` contents, as
 * ArrayBuffers or typed arrays) into `target`: for pages that cannot fetch them, such as the
 * playground's sandboxed preview.
 */
export async function startWithBytes(target, htipBytes, wasmBytes) {
  const module = await WebAssembly.compile(wasmBytes, COMPILE_OPTIONS);
  await mount(target, htipBytes, module);
}

async function mount(target, htip, module) {
  const table = decodeTemplates(htip instanceof Uint8Array ? htip : new Uint8Array(htip));
  strings = table.strings;
  templates = table.templates;
  const instance = await WebAssembly.instantiate(module, createImports(module));
  wasm = instance.exports;
  memory = wasm.memory;
  refs = wasm.dx_refs;
  opBase = wasm.dx_op_base.value;
  dv = new DataView(memory.buffer);
  container = target;
  nodes = [target];
  // For tests, benchmarks and devtools: the app's linear memory.
  globalThis.__dx_memory = memory;
  // The page may carry the first frame as HTML (dx build's prerender): the live DOM replaces
  // it in this same task, so no frame shows both or neither.
  target.replaceChildren();
  apply(wasm.dx_init());
  target.dispatchEvent(new CustomEvent("dx:ready", { bubbles: true }));
}
