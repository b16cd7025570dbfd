// Debian's Chromium, headless with the project's flags and a fresh profile, driven by
// playwright-core over CDP (no browser is ever downloaded), and a static server for the built
// apps on 127.0.0.1.
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM, chromiumVersion, launchChromium as launch } from "../lib/chromium.mjs";

export { CHROMIUM, chromiumVersion };

/** Resolves to { browser, close() } once Chromium's DevTools endpoint is up. */
export const launchChromium = () => launch(chromium, "dx-crossover-chromium-");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".htip": "application/octet-stream",
};

/**
 * Serves `root` on an ephemeral port of 127.0.0.1; resolves to { origin, close() }. The pages are
 * cross-origin isolated (COOP + COEP) so that `performance.now()` has its fine resolution (5 µs
 * instead of 100 µs).
 */
export function startServer(root) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(request.url.split("?")[0]));
    try {
      if (path.includes("..")) throw new Error("bad path");
      const file = join(root, path.endsWith("/") ? `${path}index.html` : path);
      const body = await readFile(file);
      response.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "content-length": body.length,
        "cache-control": "no-cache",
        "cross-origin-opener-policy": "same-origin",
        "cross-origin-embedder-policy": "require-corp",
      });
      response.end(body);
    } catch {
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("not found");
    }
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
