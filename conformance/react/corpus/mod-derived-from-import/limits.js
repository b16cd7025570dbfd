export const LIMITS = {
  uploadsPerDay: 20,
  maxFileMb: 25,
  plans: { free: 1, plus: 5, pro: 20 },
};
