// The corpus on disk: one folder per component, its entry file and its optional plan.json.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** The entry of a component folder is the first of these that exists. */
export const ENTRY_NAMES = ["App.tsx", "App.jsx", "App.ts", "App.js", "index.tsx", "index.jsx", "index.js"];

/**
 * The components under `dir`, sorted by name: `{ name, dir, entry }`, where `entry` is the
 * entry's file name inside `dir`, or null when the folder has none (listed, so the summary
 * shows it as a corpus bug instead of dropping it).
 */
export function listComponents(dir, filter) {
  return readdirSync(dir)
    .filter((name) => !name.startsWith(".") && statSync(join(dir, name)).isDirectory())
    .filter((name) => !filter || name.includes(filter))
    .sort()
    .map((name) => {
      const folder = join(dir, name);
      const entry = ENTRY_NAMES.find((file) => existsSync(join(folder, file))) ?? null;
      return { name, dir: folder, entry };
    });
}
