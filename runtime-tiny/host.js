// dx tiny host: the Micro back-end's JS. The wasm calls the op functions below directly (one call per
// DOM edit), so there is no op buffer to decode. Hand-sized: dx build ships only what an app uses:
// the `dx` entries it imports (the others come from the full host's `dx` object, so both hosts share
// that code) and the lines tagged `//@if:name` whose name the app imports (dx_runtime::micro_host_js_for).
let wasm, n, s, t, c, q = 0;
const d = new Set, scheduleFlush = () => q || (q = requestAnimationFrame(() => { q = 0; wasm.dx_flush(); })),
  fire = (h) => wasm.dx_event(h, null) && scheduleFlush(),
  walk = (x, p) => { for (let j = 1; j < p.length; j++) { x = x.firstChild; for (let i = p[j]; i--;) x = x.nextSibling; } return x; };
const rowOf = (x) => { for (; x && x !== c; x = x.parentNode) if (x.$$row !== undefined) return x.$$row; return 0; }; //@if:op_CLONE_ROW
// One listener per event type on the container: walks up from the target to the handlers, then
// applies the state changes before the dispatch returns (painted in the frame of the input).
const delegate = (y) => d.has(y) || (d.add(y), c.addEventListener(y, (e) => {
  let z = 0, k = "$$" + y;
  for (let x = e.target; x && !e.cancelBubble; x = x === c ? null : x.parentNode)
    x[k] !== undefined && (z |= wasm.dx_event(x[k], e, rowOf(x))); //@if:op_CLONE_ROW
    x[k] !== undefined && (z |= wasm.dx_event(x[k], e)); //@if:!op_CLONE_ROW
  z && wasm.dx_flush();
}, y == "focus" || y == "blur"));
const keyIds = new Map; //@if:key_id
const bool = (b) => (b ? 1 : 0); //@if:bool
let line = [], log = (v) => console.log(...v); //@if:log_end

/** Loads `app.htip` and `app.wasm` from `base` and mounts the app into `e`. */
export const start = async (e, base = "./") =>
  startWithBytes(e, ...(await Promise.all(["app.htip", "app.wasm"].map((f) => fetch(base + f).then((r) => r.arrayBuffer())))));

/** Mounts an app from the bytes of `app.htip` and `app.wasm`. */
export async function startWithBytes(e, h, m) {
  m = await WebAssembly.compile(m, { builtins: ["js-string"], importedStringConstants: "'" });
  // The HTIP template table (formats/src/htip.rs): strings, then per template its roots and slot paths.
  let b = new Uint8Array(h), p = 5, g = Object.create(null),
    u = () => { let v = 0, k = 0, x; do { x = b[p++]; v |= (x & 127) << k; k += 7; } while (x & 128); return v >>> 0; },
    o = () => {
      let k = b[p++], x;
      if (k == NODE_ELEMENT) {
        x = document.createElement(s[u()]);
        for (k = u(); k--;) x.setAttribute(s[u()], s[u()]);
        for (k = u(); k--;) x.append(o());
      } else x = k == NODE_TEXT ? new Text(s[u()]) : new Comment;
      return x;
    };
  s = []; t = [];
  for (let k = u(); k--;) { let l = u(); s.push(new TextDecoder().decode(b.subarray(p, (p += l)))); }
  for (let k = u(); k--;) {
    let f = new DocumentFragment, r = u(), l = [];
    for (let i = r; i--;) f.append(o());
    for (let i = u(); i--;) { let a = []; for (let j = u(); j--;) a.push(u()); l.push(a); }
    t.push([f, r, l]);
  }
  for (let i of WebAssembly.Module.imports(m)) i.module == "'" && (g[i.name] = i.name); //@if:'
  c = e;
  n = [e];
  wasm = (await WebAssembly.instantiate(m, {
    "'": g,
    "wasm:js-string": {
      concat: (a, b) => a + b, //@if:js:concat
      length: (a) => a.length, //@if:js:length
      equals: (a, b) => +(a === b), //@if:js:equals
      compare: (a, b) => (a < b ? -1 : +(a > b)), //@if:js:compare
    },
    dx: {
      op_CLONE: (i, a, z) => {
        let [f, r, l] = t[i], x = f.cloneNode(true), y = x.firstChild;
        for (let k = 0; k < r; k++, y = y.nextSibling) n[a + k] = y;
        l.forEach((p, k) => (n[a + r + k] = walk(n[a + p[0]], p)));
        z ? n[z].before(x) : c.append(x);
      },
      op_REMOVE: (i) => n[i].remove(),
      op_SET_TEXT: (i, v) => (n[i].data = v),
      op_SET_TEXT_NUM: (i, v) => (n[i].data = "" + v),
      op_SET_ATTR: (i, a, v) => n[i].setAttribute(s[a], v),
      op_REMOVE_ATTR: (i, a) => n[i].removeAttribute(s[a]),
      op_TOGGLE_ATTR: (i, a, v) => n[i].toggleAttribute(s[a], v != 0),
      op_SET_PROP: (i, a, v) => n[i][s[a]] !== v && (n[i][s[a]] = v),
      op_SET_PROP_BOOL: (i, a, v) => (n[i][s[a]] = v != 0),
      op_FOCUS: (i) => n[i].focus(),
      op_CLONE_ROW: (i, a, w) => {
        let [f, , l, e] = t[i], x = f.firstChild.cloneNode(true);
        x.$$row = w;
        n[a] = x;
        l.forEach((p, k) => (n[a + 1 + k] = walk(x, p)));
        e && e.forEach(([k, y, h]) => (n[a + k][y] = h));
      },
      op_INSERT: (i, z) => n[z].before(n[i]),
      op_CLEAR: (i) => { let a = n[i], p = a.parentNode; p.textContent = ""; p.append(a); },
      op_LISTEN: (i, a, h) => delegate((n[i]["$$" + s[a]] = h, s[a])),
      op_TEMPLATE_LISTEN: (i, k, a, h) => delegate(((t[i][3] ??= []).push([k, "$$" + s[a], h]), s[a])),
    },
  })).exports;
  globalThis.__dx_memory = wasm.memory;
  // Replaces prerendered first-frame HTML with the live DOM in the same task.
  e.replaceChildren();
  wasm.dx_init();
}
