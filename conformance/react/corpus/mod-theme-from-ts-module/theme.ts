export const baseColors = {
  brand: "#4f46e5",
  danger: "#e11d48",
  neutral: "#52525b",
} as const;

export type ColorName = keyof typeof baseColors;

export const spacing = (n: number): string => `${n * 4}px`;

export const radius = { sm: 2, md: 6, lg: 12 };
