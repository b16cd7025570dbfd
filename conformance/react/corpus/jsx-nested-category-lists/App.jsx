import { useState } from "react";

const catalog = [
  {
    name: "Fruit",
    groups: [
      { name: "Citrus", items: ["Lemon", "Lime", "Grapefruit"] },
      { name: "Berries", items: ["Strawberry", "Blueberry"] },
    ],
  },
  {
    name: "Vegetables",
    groups: [
      { name: "Roots", items: ["Carrot", "Beetroot"] },
      { name: "Leafy", items: [] },
    ],
  },
];

export default function App() {
  const [basket, setBasket] = useState([]);

  const add = (item) => setBasket((b) => (b.includes(item) ? b : [...b, item]));

  return (
    <div>
      <ul>
        {catalog.map((cat) => (
          <li key={cat.name}>
            {cat.name}
            <ul>
              {cat.groups.map((group) => (
                <li key={group.name}>
                  {group.name}
                  {group.items.length ? (
                    <ul>
                      {group.items.map((item) => (
                        <li key={item}>
                          <button onClick={() => add(item)} disabled={basket.includes(item)}>
                            {item}
                          </button>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <em> (out of season)</em>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <p>Basket: {basket.length ? basket.join(", ") : "empty"}</p>
    </div>
  );
}
