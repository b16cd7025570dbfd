export * from "./math.js";
export { mix, toHex as channelToHex } from "./color.js";
export { default as palettes } from "./palettes.js";
