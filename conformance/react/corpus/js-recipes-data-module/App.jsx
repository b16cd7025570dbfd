import { useState } from "react";
import recipes from "./recipes.js";

function scale(amount, from, to) {
  const value = (amount * to) / from;
  return Number.isInteger(value) ? value : value.toFixed(1);
}

export default function App() {
  const [recipeId, setRecipeId] = useState(recipes[0].id);
  const [servings, setServings] = useState(recipes[0].serves);
  const recipe = recipes.find((r) => r.id === recipeId);

  function pick(id) {
    const next = recipes.find((r) => r.id === id);
    setRecipeId(id);
    setServings(next.serves);
  }

  return (
    <div>
      <nav>
        {recipes.map((r) => (
          <button key={r.id} onClick={() => pick(r.id)} disabled={r.id === recipeId}>
            {r.name}
          </button>
        ))}
      </nav>
      <h2>{recipe.name}</h2>
      <button onClick={() => setServings((s) => Math.max(1, s - 1))}>−</button>
      <span> Serves {servings} </span>
      <button onClick={() => setServings((s) => s + 1)}>+</button>
      <ul>
        {recipe.ingredients.map(({ item, amount, unit }) => (
          <li key={item}>
            {scale(amount, recipe.serves, servings)}
            {unit && ` ${unit}`} {item}
          </li>
        ))}
      </ul>
    </div>
  );
}
