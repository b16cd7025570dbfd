import { useState } from "react";

interface CardProps {
  id: number;
  title: string;
  price: number;
  rating: number;
  inStock: boolean;
  onAdd: (id: number) => void;
}

function ProductCard({ id, title, price, rating, inStock, onAdd }: CardProps) {
  return (
    <div className="card">
      <h4>{title}</h4>
      <p>
        ${price} · {"★".repeat(rating)}
        {"☆".repeat(5 - rating)}
      </p>
      {inStock ? <button onClick={() => onAdd(id)}>Add to cart</button> : <p className="muted">Sold out</p>}
    </div>
  );
}

const products = [
  { id: 1, title: "Trail shoes", price: 120, rating: 4, inStock: true },
  { id: 2, title: "Rain jacket", price: 95, rating: 5, inStock: false },
  { id: 3, title: "Day pack", price: 60, rating: 3, inStock: true },
];

export default function App() {
  const [cart, setCart] = useState<number[]>([]);

  return (
    <div>
      <div className="grid">
        {products.map((p) => (
          <ProductCard key={p.id} {...p} onAdd={(id) => setCart([...cart, id])} />
        ))}
      </div>
      <p>
        Cart: {cart.length} item(s), ${cart.reduce((sum, id) => sum + (products.find((p) => p.id === id)?.price ?? 0), 0)}
      </p>
    </div>
  );
}
