// A static file server for the built apps on 127.0.0.1: /<framework>/… from dist/, the shared
// stylesheets under /css/ and Bootstrap's glyph fonts under /fonts/.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { distDir } from "./frameworks.mjs";

const here = new URL(".", import.meta.url).pathname;
const bootstrap = join(here, "node_modules/bootstrap/dist");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".htip": "application/octet-stream",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".svg": "image/svg+xml",
  ".eot": "application/vnd.ms-fontobject",
};

function resolve(urlPath) {
  const path = normalize(decodeURIComponent(urlPath.split("?")[0]));
  if (path.includes("..")) return null;
  if (path === "/css/main.css") return join(here, "main.css");
  if (path.startsWith("/css/")) return join(bootstrap, path);
  if (path.startsWith("/fonts/")) return join(bootstrap, path);
  // Pages that link a copy of bootstrap.min.css (dx's, see build.mjs) load its fonts from there.
  const fonts = path.match(/^\/[^/]+(\/fonts\/[^/]+)$/);
  if (fonts) return join(bootstrap, fonts[1]);
  return join(distDir, path.endsWith("/") ? `${path}index.html` : path);
}

/** Starts the server on an ephemeral port; resolves to { origin, close() }. */
export function startServer() {
  const server = createServer(async (request, response) => {
    const file = resolve(request.url);
    try {
      if (!file) throw new Error("bad path");
      const body = await readFile(file);
      response.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "content-length": body.length,
        "cache-control": "no-cache",
      });
      response.end(body);
    } catch {
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("not found");
    }
  });
  return new Promise((resolvePromise) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolvePromise({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
