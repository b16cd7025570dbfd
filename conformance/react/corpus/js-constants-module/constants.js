export const SIZES = ["XS", "S", "M", "L", "XL"];

export const COLORS = {
  sand: "#d6c4a8",
  olive: "#6b7041",
  navy: "#1f2a44",
};

export const MAX_PER_ORDER = 3;

export const SHIPPING = { threshold: 75, fee: 6.5 };
