// Transferred size of an app, computed from its built files: raw, gzip -9 and brotli quality 11
// per file (each file is its own HTTP response), summed over the app's JS, wasm and HTIP files
// and the module scripts written into its index.html (dx's Micro apps carry their JS host there).
// index.html itself is listed beside the total, not in it; the shared stylesheets are in neither.
import { readFileSync, readdirSync } from "node:fs";
import { extname, join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const CODE = new Set([".js", ".mjs", ".wasm", ".htip"]);

function measure(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

/** The text of each inline `<script type="module">` of a page. */
function inlineModules(html) {
  return [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
}

export function fileSizes(dir) {
  // The files of the app's own directory (a dx page's copied stylesheets sit in css/).
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, ...measure(readFileSync(join(dir, name))) }));
  const inline = inlineModules(readFileSync(join(dir, "index.html"), "utf8")).map((js, i) => ({
    name: `index.html <script> ${i + 1}`,
    ...measure(Buffer.from(js)),
  }));
  files.push(...inline);
  const code = files.filter((f) => CODE.has(extname(f.name)) || inline.includes(f));
  const sum = (key) => code.reduce((total, f) => total + f[key], 0);
  return { files, total: { raw: sum("raw"), gzip: sum("gzip"), brotli: sum("brotli") } };
}
