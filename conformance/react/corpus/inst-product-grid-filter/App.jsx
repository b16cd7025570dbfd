import { useState } from "react";

const PRODUCTS = [
  { id: 1, name: "Trail runner", category: "shoes", price: 120 },
  { id: 2, name: "Rain jacket", category: "clothing", price: 89 },
  { id: 3, name: "Sandals", category: "shoes", price: 45 },
  { id: 4, name: "Fleece", category: "clothing", price: 60 },
  { id: 5, name: "Headlamp", category: "gear", price: 30 },
];

function ProductCard({ product }) {
  const [qty, setQty] = useState(1);
  const [added, setAdded] = useState(false);
  return (
    <div className="card">
      <h4>{product.name}</h4>
      <p>${product.price}</p>
      <button onClick={() => setQty(qty + 1)}>Qty: {qty}</button>
      <button onClick={() => setAdded(true)} disabled={added}>
        {added ? `Added ${qty}` : "Add to cart"}
      </button>
    </div>
  );
}

export default function App() {
  const [category, setCategory] = useState("all");
  const [maxPrice, setMaxPrice] = useState("");
  const limit = Number(maxPrice) || Infinity;
  const shown = PRODUCTS.filter((p) => (category === "all" || p.category === category) && p.price <= limit);

  return (
    <div>
      <select value={category} onChange={(e) => setCategory(e.target.value)}>
        <option value="all">All</option>
        <option value="shoes">Shoes</option>
        <option value="clothing">Clothing</option>
        <option value="gear">Gear</option>
      </select>
      <input placeholder="Max price" value={maxPrice} onChange={(e) => setMaxPrice(e.target.value)} />
      <div className="grid">
        {shown.length ? shown.map((p) => <ProductCard key={p.id} product={p} />) : <p>No matches</p>}
      </div>
    </div>
  );
}
