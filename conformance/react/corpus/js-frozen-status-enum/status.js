export const OrderStatus = Object.freeze({
  PLACED: "placed",
  PACKED: "packed",
  SHIPPED: "shipped",
  DELIVERED: "delivered",
});

export const FLOW = [OrderStatus.PLACED, OrderStatus.PACKED, OrderStatus.SHIPPED, OrderStatus.DELIVERED];

export function nextStatus(status) {
  const i = FLOW.indexOf(status);
  return i >= 0 && i < FLOW.length - 1 ? FLOW[i + 1] : null;
}
