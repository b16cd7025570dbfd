import type { Ticket } from "./types";

export const tickets: Ticket[] = [
  { id: 41, title: "Login button misaligned", priority: "low" },
  { id: 42, title: "Checkout fails for guests", priority: "high", assignee: "sam" },
  { id: 43, title: "Add dark mode", priority: "medium" },
  { id: 44, title: "Typo on pricing page", priority: "low", assignee: "ana" },
];
