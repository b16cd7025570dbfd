export const clamp = (value, min, max) => Math.min(max, Math.max(min, value));

export function lerp(a, b, t) {
  return a + (b - a) * t;
}
