// The normalisation rules, checked in the browser on hand-built DOM pairs: what must compare
// equal (differences no user can see) and what must not (anything a user can see). Part of
// `node run.mjs --self-test`.
import { canonicalDom } from "./normalize.mjs";

/** [name, whether the two sides must be equal, body of (a, b) => { … } building #a and #b]. */
const CASES = [
  ["adjacent text nodes are one run", true, `a.append("ab"); b.append("a", "b");`],
  ["comments (dx's anchors) are invisible", true, `a.append("x"); b.append(new Comment(""), "x", new Comment("y"));`],
  ["empty text nodes are invisible", true, `a.append(document.createElement("p")); b.append("", document.createElement("p"), "");`],
  ["attribute order is invisible", true, `a.innerHTML = '<p id="i" class="c">x</p>'; b.innerHTML = '<p class="c" id="i">x</p>';`],
  ["style is compared as parsed declarations", true, `a.innerHTML = '<p style="color:red;margin:0">x</p>'; b.innerHTML = '<p style="margin: 0px; color: red;">x</p>';`],
  ["an input's value attribute is replaced by its live value", true, `a.innerHTML = '<input value="old">'; a.firstChild.value = "new"; b.innerHTML = '<input>'; b.firstChild.value = "new";`],
  ["a textarea's text is replaced by its live value", true, `a.innerHTML = '<textarea>old</textarea>'; a.firstChild.value = "new"; b.innerHTML = '<textarea></textarea>'; b.firstChild.value = "new";`],
  ["whitespace-only text is visible", false, `a.innerHTML = '<b>x</b> <b>y</b>'; b.innerHTML = '<b>x</b><b>y</b>';`],
  ["repeated spaces are kept", false, `a.append("a  b"); b.append("a b");`],
  ["the namespace of an element is visible (an SVG shape in the HTML namespace draws nothing)", false, `a.innerHTML = '<svg><circle r="1"></circle></svg>'; b.append(document.createElementNS("http://www.w3.org/2000/svg", "svg")); b.firstChild.append(document.createElement("circle")); b.firstChild.firstChild.setAttribute("r", "1");`],
  ["an attribute's namespace is visible (xlink:href works only in the XLink namespace)", false, `for (const x of [a, b]) x.append(document.createElementNS("http://www.w3.org/2000/svg", "use")); a.firstChild.setAttributeNS("http://www.w3.org/1999/xlink", "xlink:href", "#i"); b.firstChild.setAttribute("xlink:href", "#i");`],
  ["a live value is visible", false, `a.innerHTML = '<input>'; b.innerHTML = '<input>'; b.firstChild.value = "typed";`],
  ["checked is visible", false, `a.innerHTML = '<input type="checkbox">'; b.innerHTML = '<input type="checkbox">'; b.firstChild.checked = true;`],
  ["the selected option is visible", false, `a.innerHTML = b.innerHTML = '<select><option>1</option><option>2</option></select>'; b.firstChild.value = "2";`],
  ["focus is visible", false, `a.innerHTML = b.innerHTML = '<button>x</button>'; b.firstChild.focus();`],
  ["class order is kept (the runner does not guess which differences matter)", false, `a.innerHTML = '<p class="x y"></p>'; b.innerHTML = '<p class="y x"></p>';`],
  ["a boolean attribute is visible", false, `a.innerHTML = '<button>x</button>'; b.innerHTML = '<button disabled>x</button>';`],
];

/** Runs every case in a page of `browser`; resolves to the names of the cases that failed. */
export async function checkNormalization(browser) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const failed = [];
    for (const [name, equal, body] of CASES) {
      await page.setContent('<div id="a"></div><div id="b"></div>');
      await page.evaluate((source) => new Function("a", "b", source)(document.getElementById("a"), document.getElementById("b")), body);
      const [a, b] = [await page.evaluate(canonicalDom, "#a"), await page.evaluate(canonicalDom, "#b")];
      if ((a === b) !== equal) failed.push(`${name}: expected ${equal ? "equal" : "different"}, got\n#a:\n${a}\n#b:\n${b}`);
    }
    return failed;
  } finally {
    await context.close().catch(() => {});
  }
}
