// A union of object types (an action type) is one record with every member's fields; an
// intersection adds fields; a switch over every member needs no default under a declared
// return type.
type Product = { id: number; name: string };
type Line = Product & { qty: number };
type Action =
  | { type: "add"; product: Product }
  | { type: "remove"; id: number }
  | { type: "clear" };
type Cart = { lines: Line[]; log: string };

function reduce(cart: Cart, action: Action): Cart {
  switch (action.type) {
    case "add":
      return {
        lines: [...cart.lines, { ...action.product, qty: 1 }],
        log: cart.log + "+" + action.product.name,
      };
    case "remove":
      return { lines: cart.lines.filter((l) => l.id !== action.id), log: cart.log + "-" + action.id };
    case "clear":
      return { lines: [], log: cart.log + "!" };
  }
}

let cart: Cart = { lines: [], log: "" };
cart = reduce(cart, { type: "add", product: { id: 1, name: "tea" } });
cart = reduce(cart, { type: "add", product: { id: 2, name: "milk" } });
cart = reduce(cart, { type: "remove", id: 1 });
console.log(cart.lines.length, cart.lines[0].name, cart.lines[0].qty, cart.log);
cart = reduce(cart, { type: "clear" });
console.log(cart.lines.length, cart.log);
