import { clamp, lerp } from "./math.js";

export function toHex(n) {
  return clamp(Math.round(n), 0, 255).toString(16).padStart(2, "0");
}

export function mix([r1, g1, b1], [r2, g2, b2], t) {
  return `#${toHex(lerp(r1, r2, t))}${toHex(lerp(g1, g2, t))}${toHex(lerp(b1, b2, t))}`;
}
