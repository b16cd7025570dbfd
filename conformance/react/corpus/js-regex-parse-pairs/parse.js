const PAIR = /(\w+)\s*=\s*("([^"]*)"|[^;]+)/g;

export function parsePairs(input) {
  const result = {};
  for (const match of input.matchAll(PAIR)) {
    const [, key, raw, quoted] = match;
    result[key] = quoted !== undefined ? quoted : raw.trim();
  }
  return result;
}

export function coerce(value) {
  if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (value === "true" || value === "false") return value === "true";
  return value;
}
