// Debian's Chromium with the project's flags and a fresh profile, connected to playwright-core over
// CDP (no browser is ever downloaded). Shared by bench/table and bench/crossover; each passes the
// `chromium` export of its own playwright-core, so this file imports no npm package.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Resolves to { browser, close() } once Chromium's DevTools endpoint is up. */
export async function launchChromium(playwrightChromium, profilePrefix) {
  const profile = mkdtempSync(join(tmpdir(), profilePrefix));
  // No back/forward cache: every sample navigates, and kept pages would grow the heap that a
  // forced GC before a measured click has to walk.
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
  const browser = await playwrightChromium.connectOverCDP(endpoint);
  const close = async () => {
    await browser.close().catch(() => {});
    child.kill("SIGTERM");
    await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once("exit", resolve)));
    // Chromium's helper processes can still be writing into the profile for a moment after the
    // browser exits (a 13-minute run once died here with ENOTEMPTY): retry, and never fail a
    // run over a leftover temp directory.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    } catch (error) {
      process.stdout.write(`bench: could not remove ${profile}: ${error.message}\n`);
    }
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
