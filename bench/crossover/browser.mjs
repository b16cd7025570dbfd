// Debian's Chromium, headless with the project's flags and a fresh profile, driven by
// playwright-core over CDP (no browser is ever downloaded), and a static server for the built
// apps on 127.0.0.1.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Resolves to { browser, close() } once Chromium's DevTools endpoint is up. */
export async function launchChromium() {
  const profile = mkdtempSync(join(tmpdir(), "dx-crossover-chromium-"));
  const args = [...FLAGS, `--user-data-dir=${profile}`, "--remote-debugging-port=0", "--window-size=1280,900", "--disable-back-forward-cache", "about:blank"];
  const child = spawn(CHROMIUM, args, { stdio: ["ignore", "ignore", "pipe"] });
  const endpoint = await new Promise((resolve, reject) => {
    let stderr = "";
    const timer = setTimeout(() => reject(new Error(`chromium did not start:\n${stderr}`)), 30000);
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
      const match = stderr.match(/DevTools listening on (ws:\/\/\S+)/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on("exit", (code) => reject(new Error(`chromium exited with ${code}:\n${stderr}`)));
  });
  child.stderr.resume();
  const browser = await chromium.connectOverCDP(endpoint);
  const close = async () => {
    await browser.close().catch(() => {});
    child.kill("SIGTERM");
    await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once("exit", resolve)));
    rmSync(profile, { recursive: true, force: true });
  };
  return { browser, close };
}

/** `chromium --version`, e.g. "Chromium 148.0.7778.167 built on Debian GNU/Linux 12 (bookworm)". */
export function chromiumVersion() {
  return new Promise((resolve) => {
    const child = spawn(CHROMIUM, ["--version"], { stdio: ["ignore", "pipe", "ignore"] });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.on("exit", () => resolve(out.trim()));
  });
}

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
