// Debian's headless Chromium for the table benchmark (the launcher is shared: bench/lib/chromium.mjs).
import { chromium } from "playwright-core";
import { CHROMIUM, chromiumVersion, launchChromium as launch } from "../lib/chromium.mjs";

export { CHROMIUM, chromiumVersion };

/** Resolves to { browser, close() } once Chromium's DevTools endpoint is up. */
export const launchChromium = () => launch(chromium, "dx-bench-chromium-");
