export function formatPrice(cents, currency = "€") {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${currency}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

export function pluralize(count, singular, plural = singular + "s") {
  return `${count} ${count === 1 ? singular : plural}`;
}

export const truncate = (text, max = 24) => (text.length > max ? text.slice(0, max - 1) + "…" : text);
