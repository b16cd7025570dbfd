export interface Reading {
  label: string;
  value: number;
}

export function percentOf(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100);
}

export function bar(percent: number, width = 20): string {
  const filled = Math.round((percent / 100) * width);
  return "█".repeat(filled) + "░".repeat(width - filled);
}

export const sumBy = <T,>(items: T[], pick: (item: T) => number): number =>
  items.reduce((total, item) => total + pick(item), 0);
