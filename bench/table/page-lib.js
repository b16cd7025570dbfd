// Installed in every benchmark page before the app's own scripts (run.mjs: addInitScript).
// window.__bench drives the warm-up clicks, knows when an operation's DOM work is done, and
// checks the table after every measured click against a snapshot taken just before it.
(() => {
  const adjectives = ["pretty", "large", "big", "small", "tall", "short", "long", "handsome", "plain", "quaint", "clean", "elegant", "easy", "angry", "crazy", "helpful", "mushy", "odd", "unsightly", "adorable", "important", "inexpensive", "cheap", "expensive", "fancy"];
  const colours = ["red", "yellow", "blue", "green", "pink", "brown", "purple", "brown", "white", "black", "orange"];
  const nouns = ["table", "chair", "house", "bbq", "desk", "car", "pony", "cookie", "sandwich", "burger", "pizza", "mouse", "keyboard"];
  const freshLabel = new RegExp(`^(${adjectives.join("|")}) (${colours.join("|")}) (${nouns.join("|")})$`);
  const WARMUPS = 5;

  const rows = () => document.querySelector("table.table > tbody#tbody")?.children ?? [];
  const count = () => rows().length;
  const idAt = (i) => Number(rows()[i]?.firstElementChild?.textContent);
  const labelAt = (i) => rows()[i]?.querySelector("a.lbl")?.textContent;
  const button = (id) => document.getElementById(id);
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  // Resolves after the next frame has been produced (rAF, then the task after its paint).
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

  async function until(predicate, what, timeoutMs = 30000) {
    const start = performance.now();
    while (!predicate()) {
      if (performance.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
      await sleep(1);
    }
  }

  // One warm-up step: a synthetic click, then wait until `predicate` holds and a frame passed.
  async function step(element, predicate, what) {
    element.click();
    await until(predicate, what);
    await nextFrame();
  }
  const createThenClear = async (i) => {
    await step(button("run"), () => count() === 1000 && idAt(0) === i * 1000 + 1, `create #${i + 1}`);
    await step(button("clear"), () => count() === 0, `clear #${i + 1}`);
  };
  const createRows = (firstId) => step(button("run"), () => count() === 1000 && idAt(0) === firstId, `1,000 rows from id ${firstId}`);
  const createClearWarmups = async () => {
    for (let i = 0; i < WARMUPS; i++) await createThenClear(i);
  };
  // The warm-ups of "create rows", then 1,000 rows to work on.
  const warmThenCreate = async () => {
    await createClearWarmups();
    await createRows(WARMUPS * 1000 + 1);
  };

  // Per operation: warmup() before the measured click, target() the element to click,
  // done() when the measured click's DOM work is visible, expect(before) the exact table.
  const ops = {
    "01_run1k": {
      warmup: createClearWarmups,
      target: () => button("run"),
      done: () => count() === 1000 && idAt(0) === WARMUPS * 1000 + 1,
      expect: () => ({ ids: range(WARMUPS * 1000 + 1, WARMUPS * 1000 + 1000) }),
    },
    "02_replace1k": {
      async warmup() { for (let i = 0; i < WARMUPS; i++) await createRows(i * 1000 + 1); },
      target: () => button("run"),
      done: () => count() === 1000 && idAt(0) === WARMUPS * 1000 + 1,
      expect: () => ({ ids: range(WARMUPS * 1000 + 1, WARMUPS * 1000 + 1000) }),
    },
    "03_update10th1k_x4": {
      async warmup() {
        await createRows(1);
        for (let i = 1; i <= 3; i++) await step(button("update"), () => labelAt(0).endsWith(" !!!".repeat(i)), `update #${i}`);
      },
      target: () => button("update"),
      done: () => labelAt(0).endsWith(" !!!".repeat(4)),
      expect: (before) => ({ ids: before.ids, labels: before.labels.map((l, i) => (i % 10 === 0 ? l + " !!!" : l)), suffixed: true }),
    },
    "04_select1k": {
      async warmup() {
        await createRows(1);
        for (let i = 0; i < WARMUPS; i++) {
          const index = 5 + i;
          await step(rows()[index].querySelector("a.lbl"), () => rows()[index].className === "danger", `select row ${index}`);
        }
      },
      target: () => rows()[1].querySelector("a.lbl"),
      done: () => rows()[1].className === "danger",
      expect: (before) => ({ ids: before.ids, labels: before.labels, selected: 1 }),
    },
    "05_swap1k": {
      async warmup() {
        await createRows(1);
        for (let i = 1; i <= WARMUPS; i++) await step(button("swaprows"), () => idAt(1) === (i % 2 ? 999 : 2), `swap #${i}`);
      },
      target: () => button("swaprows"),
      done: () => idAt(1) === ((WARMUPS + 1) % 2 ? 999 : 2),
      expect: (before) => ({ ids: swapped(before.ids), labels: swapped(before.labels) }),
    },
    "06_remove-one-1k": {
      async warmup() {
        await createRows(1);
        for (let i = 0; i < WARMUPS; i++) {
          const index = 3 + WARMUPS - i;
          await step(rows()[index].querySelector("a.remove"), () => count() === 999 - i, `remove row ${index}`);
        }
      },
      target: () => rows()[3].querySelector("a.remove"),
      done: () => count() === 1000 - WARMUPS - 1,
      expect: (before) => ({ ids: without(before.ids, 3), labels: without(before.labels, 3) }),
    },
    "07_create10k": {
      warmup: createClearWarmups,
      target: () => button("runlots"),
      done: () => count() === 10000,
      expect: () => ({ ids: range(WARMUPS * 1000 + 1, WARMUPS * 1000 + 10000) }),
    },
    "08_create1k-after1k": {
      warmup: warmThenCreate,
      target: () => button("add"),
      done: () => count() === 2000,
      expect: (before) => ({
        ids: [...before.ids, ...range(WARMUPS * 1000 + 1001, WARMUPS * 1000 + 2000)],
        labels: [...before.labels, ...new Array(1000).fill(null)],
      }),
    },
    "09_clear1k_x4": {
      warmup: warmThenCreate,
      target: () => button("clear"),
      done: () => count() === 0,
      expect: () => ({ ids: [] }),
    },
  };

  function swapped(list) {
    const copy = list.slice();
    [copy[1], copy[998]] = [copy[998], copy[1]];
    return copy;
  }
  function without(list, index) {
    return [...list.slice(0, index), ...list.slice(index + 1)];
  }

  function snapshot() {
    const trs = Array.from(rows());
    return { ids: trs.map((tr, i) => idAt(i)), labels: trs.map((tr, i) => labelAt(i)) };
  }

  // Everything the DOM contract says about one row; returns a complaint or null.
  function checkRow(tr) {
    if (tr.tagName !== "TR") return `a <${tr.tagName.toLowerCase()}> in tbody`;
    const tds = tr.children;
    if (tds.length !== 4) return `${tds.length} cells instead of 4`;
    const classes = Array.from(tds, (td) => td.className).join(",");
    if (classes !== "col-md-1,col-md-4,col-md-1,col-md-6") return `cell classes ${classes}`;
    if (!tds[1].querySelector(":scope > a.lbl")) return "no td.col-md-4 > a.lbl";
    const icon = tds[2].querySelector(":scope > a.remove > span.remove.glyphicon.glyphicon-remove");
    if (!icon || icon.getAttribute("aria-hidden") !== "true") return "no a.remove > span.remove.glyphicon.glyphicon-remove[aria-hidden=true]";
    if (tds[3].childNodes.length !== 0) return "td.col-md-6 is not empty";
    return null;
  }

  // Compares the table with an expectation {ids, labels?, selected?, suffixed?}.
  function check(expected) {
    const trs = Array.from(rows());
    const problems = [];
    if (!document.querySelector("table.table > tbody#tbody")) problems.push("no table.table > tbody#tbody");
    if (trs.length !== expected.ids.length) problems.push(`${trs.length} rows, expected ${expected.ids.length}`);
    for (let i = 0; i < trs.length && problems.length < 5; i++) {
      const row = checkRow(trs[i]);
      if (row) problems.push(`row ${i}: ${row}`);
      if (idAt(i) !== expected.ids[i]) problems.push(`row ${i}: id ${idAt(i)}, expected ${expected.ids[i]}`);
      const label = labelAt(i);
      if (expected.labels && expected.labels[i] !== null && label !== expected.labels[i]) problems.push(`row ${i}: label "${label}", expected "${expected.labels[i]}"`);
      const base = expected.suffixed ? label?.replace(/( !!!)+$/, "") : label;
      if (!freshLabel.test(base ?? "")) problems.push(`row ${i}: label "${label}" is not "adjective colour noun"`);
      const selected = trs[i].classList.contains("danger");
      if (selected !== (expected.selected === i)) problems.push(`row ${i}: ${selected ? "selected" : "not selected"}`);
    }
    return problems.length ? problems.join("; ") : null;
  }

  let before = null;
  window.__bench = {
    // dx pages carry their first frame as prerendered HTML: the buttons exist before the app
    // runs, so a dx page is ready once its host has started the wasm (`__dx_memory`).
    ready: () => !!button("run") && (!document.getElementById("app") || !!window.__dx_memory),
    warmup: (op) => ops[op].warmup(),
    // Snapshots the table, then returns the centre of the element the measured click targets.
    prepare(op) {
      before = snapshot();
      const rect = ops[op].target().getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    async settle(op) {
      await until(ops[op].done, `the DOM work of ${op}`);
      await nextFrame();
      await nextFrame();
    },
    check: (op) => check(ops[op].expect(before)),
    // Memory: 1,000 rows from a fresh page.
    createRows: () => createRows(1),
    nextFrame,
    // A fixed piece of work (~5 ms unthrottled here): run.mjs compares its time with and
    // without Emulation.setCPUThrottlingRate to see that the slowdown is really in effect.
    probe() {
      const start = performance.now();
      let x = 0;
      for (let i = 0; i < 1e6; i++) x = (x + i * 7) % 1000003;
      window.__benchProbeSink = x;
      return performance.now() - start;
    },
  };
})();
