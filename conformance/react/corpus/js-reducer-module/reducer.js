export const initialState = {
  items: [],
  nextId: 1,
  budget: 100,
};

export function cartReducer(state, action) {
  switch (action.type) {
    case "add":
      return {
        ...state,
        items: [...state.items, { id: state.nextId, name: action.name, price: action.price }],
        nextId: state.nextId + 1,
      };
    case "remove":
      return { ...state, items: state.items.filter((i) => i.id !== action.id) };
    case "raiseBudget":
      return { ...state, budget: state.budget + action.amount };
    case "reset":
      return initialState;
    default:
      throw new Error(`Unknown action: ${action.type}`);
  }
}

export const selectTotal = (state) => state.items.reduce((sum, i) => sum + i.price, 0);
