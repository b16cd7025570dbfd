export function groupBy(list, getKey) {
  return list.reduce((groups, item) => {
    const key = getKey(item);
    (groups[key] ||= []).push(item);
    return groups;
  }, {});
}

export function sortBy(list, getValue, direction = "asc") {
  const factor = direction === "asc" ? 1 : -1;
  return [...list].sort((a, b) => {
    const x = getValue(a);
    const y = getValue(b);
    return x < y ? -factor : x > y ? factor : 0;
  });
}

export function uniqBy(list, getKey) {
  const seen = new Set();
  return list.filter((item) => {
    const key = getKey(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
