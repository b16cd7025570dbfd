export const PRICING = {
  currency: "EUR",
  base: 12,
  tiers: { starter: 1, team: 4, business: 10 },
};

export const TIER_NAMES = Object.keys(PRICING.tiers);
