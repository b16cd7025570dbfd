export type Priority = "low" | "medium" | "high";

export interface Ticket {
  id: number;
  title: string;
  priority: Priority;
  assignee?: string;
}

export const PRIORITY_ORDER: Record<Priority, number> = { high: 0, medium: 1, low: 2 };
