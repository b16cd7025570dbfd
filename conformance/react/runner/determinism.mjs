// The init script both pages get before any of their own scripts run: a seeded Math.random, a
// frozen clock and virtual timers. The dx hosts take `Math.random` and `Date.now` from the page's globals when
// they build the wasm's imports, after this script ran, so code called from wasm sees the same
// values as code in the React bundle.

/** Virtual time the runner lets pass before each comparison, on both pages alike. */
export const STEP_MS = 1000;

/** The instant `Date.now()` and `new Date()` return on both pages. */
export const FROZEN_TIME = Date.UTC(2026, 0, 1, 12, 0, 0);
export const SEED = 0x5eed;

/** Source of the init script (a string: it runs in the page, not in node). */
export const determinismScript = `(() => {
  let state = ${SEED};
  // mulberry32: small, fast, and the same sequence in every engine.
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  Object.defineProperty(Math, "random", { value: random, writable: true, configurable: true });
  // react-dom draws random numbers for its private keys while its module initialises: the React
  // page's main restarts the sequence right before it renders, so both apps see the same numbers.
  globalThis.__corpusReseed = () => { state = ${SEED}; };

  const RealDate = Date;
  const NOW = ${FROZEN_TIME};
  function FrozenDate(...args) {
    if (!new.target) return new RealDate(NOW).toString();
    return Reflect.construct(RealDate, args.length === 0 ? [NOW] : args, new.target);
  }
  Object.setPrototypeOf(FrozenDate, RealDate);
  FrozenDate.prototype = RealDate.prototype;
  FrozenDate.now = () => NOW;
  globalThis.Date = FrozenDate;

  // Virtual timers: setTimeout/setInterval callbacks run only when the runner lets virtual
  // time pass (__corpusAdvance), the same amount on both pages, so a component with a timer
  // is compared at the same point of its timeline however long each page took to load.
  // (React's scheduler runs its work through MessageChannel, not these.)
  const timers = new Map();
  let virtualNow = 0, nextTimer = 1;
  globalThis.__corpusRealSetTimeout = setTimeout.bind(globalThis);
  globalThis.__corpusRealClearTimeout = clearTimeout.bind(globalThis);
  const add = (fn, ms, args, repeat) => {
    if (typeof fn !== "function") return 0;
    const id = nextTimer++;
    const every = Math.max(0, Number(ms) || 0);
    timers.set(id, { fn, args, repeat, every: Math.max(every, 1), at: virtualNow + every });
    return id;
  };
  globalThis.setTimeout = (fn, ms, ...args) => add(fn, ms, args, false);
  globalThis.setInterval = (fn, ms, ...args) => add(fn, ms, args, true);
  globalThis.clearTimeout = globalThis.clearInterval = (id) => { timers.delete(id); };
  globalThis.__corpusAdvance = (ms) => {
    const end = virtualNow + ms;
    for (let guard = 0; guard < 100000; guard++) {
      let next = null;
      for (const [id, t] of timers) if (t.at <= end && (!next || t.at < next[1].at)) next = [id, t];
      if (!next) break;
      const [id, t] = next;
      virtualNow = t.at;
      if (t.repeat) t.at += t.every; else timers.delete(id);
      t.fn(...t.args);
    }
    virtualNow = end;
  };
})();`;
