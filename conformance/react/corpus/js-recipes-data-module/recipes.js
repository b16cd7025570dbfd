const recipes = [
  {
    id: "pancakes",
    name: "Buttermilk pancakes",
    serves: 4,
    ingredients: [
      { item: "flour", amount: 250, unit: "g" },
      { item: "buttermilk", amount: 400, unit: "ml" },
      { item: "eggs", amount: 2, unit: "" },
    ],
  },
  {
    id: "hummus",
    name: "Hummus",
    serves: 6,
    ingredients: [
      { item: "chickpeas", amount: 480, unit: "g" },
      { item: "tahini", amount: 60, unit: "ml" },
      { item: "lemons", amount: 1, unit: "" },
      { item: "garlic cloves", amount: 2, unit: "" },
    ],
  },
];

export default recipes;
