import { useState, type ReactNode } from "react";

type SelectListProps<T> = {
  items: T[];
  getId: (item: T) => string;
  renderLabel: (item: T) => ReactNode;
  onChoose: (item: T) => void;
  chosenId?: string;
};

function SelectList<T>({ items, getId, renderLabel, onChoose, chosenId }: SelectListProps<T>) {
  return (
    <ul role="listbox">
      {items.map((item) => {
        const id = getId(item);
        return (
          <li key={id} role="option" aria-selected={id === chosenId}>
            <button onClick={() => onChoose(item)}>{renderLabel(item)}</button>
          </li>
        );
      })}
    </ul>
  );
}

interface City {
  code: string;
  name: string;
  population: number;
}

const cities: City[] = [
  { code: "LIS", name: "Lisbon", population: 545 },
  { code: "KRK", name: "Kraków", population: 780 },
  { code: "GOT", name: "Gothenburg", population: 604 },
];

const weekdays = ["Mon", "Tue", "Wed"];

export default function App() {
  const [city, setCity] = useState<City | null>(null);
  const [day, setDay] = useState<string>("Mon");

  return (
    <div>
      <SelectList<City>
        items={cities}
        getId={(c) => c.code}
        renderLabel={(c) => `${c.name} (${c.population}k)`}
        onChoose={setCity}
        chosenId={city?.code}
      />
      <SelectList items={weekdays} getId={(d) => d} renderLabel={(d) => <b>{d}</b>} onChoose={setDay} chosenId={day} />
      <p>{city ? `Trip to ${city.name} on ${day}` : `Pick a city for ${day}`}</p>
    </div>
  );
}
