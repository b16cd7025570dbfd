import { useState } from "react";

const CATEGORIES = ["All", "Tea", "Coffee", "Accessories"];

const PRODUCTS = [
  { sku: "t-earl", name: "Earl Grey", category: "Tea", price: 8.5, stocked: true },
  { sku: "t-sencha", name: "Sencha", category: "Tea", price: 11, stocked: false },
  { sku: "c-eth", name: "Ethiopia Yirgacheffe", category: "Coffee", price: 14, stocked: true },
  { sku: "c-col", name: "Colombia Huila", category: "Coffee", price: 12.5, stocked: true },
  { sku: "a-kettle", name: "Gooseneck kettle", category: "Accessories", price: 39, stocked: true },
  { sku: "a-filter", name: "Paper filters", category: "Accessories", price: 4, stocked: false },
];

const MAX_PRICE = Math.max(...PRODUCTS.map((p) => p.price));

export default function App() {
  const [category, setCategory] = useState("All");
  const [inStockOnly, setInStockOnly] = useState(false);

  const rows = PRODUCTS.filter((p) => (category === "All" || p.category === category) && (!inStockOnly || p.stocked));

  return (
    <div>
      {CATEGORIES.map((c) => (
        <button key={c} onClick={() => setCategory(c)} className={c === category ? "active" : ""}>
          {c}
        </button>
      ))}
      <label>
        <input type="checkbox" checked={inStockOnly} onChange={(e) => setInStockOnly(e.target.checked)} /> In stock only
      </label>
      <table>
        <tbody>
          {rows.map((p) => (
            <tr key={p.sku} style={{ color: p.stocked ? "inherit" : "red" }}>
              <td>{p.name}</td>
              <td>${p.price.toFixed(2)}</td>
              <td>{p.price === MAX_PRICE ? "premium" : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {rows.length} of {PRODUCTS.length} products
      </p>
    </div>
  );
}
