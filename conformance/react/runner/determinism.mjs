// The init script both pages get before any of their own scripts run: a seeded Math.random and
// a frozen clock. The dx hosts take `Math.random` and `Date.now` from the page's globals when
// they build the wasm's imports, after this script ran, so code called from wasm sees the same
// values as code in the React bundle.

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
})();`;
