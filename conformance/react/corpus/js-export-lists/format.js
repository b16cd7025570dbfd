function formatPrice(cents) {
  return "€" + (cents / 100).toFixed(2);
}

function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-");
}

// Export lists at the end of the file, one of them renamed.
export { formatPrice, slug as toSlug };
