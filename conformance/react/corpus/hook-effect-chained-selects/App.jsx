import { useEffect, useState } from "react";

const regions = {
  Europe: { Portugal: ["Lisbon", "Porto"], Italy: ["Rome", "Milan", "Turin"] },
  Asia: { Japan: ["Tokyo", "Osaka"], India: ["Pune", "Chennai"] },
};

export default function App() {
  const [region, setRegion] = useState("Europe");
  const [country, setCountry] = useState("Portugal");
  const [city, setCity] = useState("Lisbon");

  useEffect(() => {
    const countries = Object.keys(regions[region]);
    if (!countries.includes(country)) setCountry(countries[0]);
  }, [region, country]);

  const cities = regions[region][country] ?? [];

  useEffect(() => {
    if (cities.length && !cities.includes(city)) setCity(cities[0]);
  }, [cities, city]);

  return (
    <div>
      <select value={region} onChange={(e) => setRegion(e.target.value)}>
        {Object.keys(regions).map((r) => (
          <option key={r}>{r}</option>
        ))}
      </select>
      <select value={country} onChange={(e) => setCountry(e.target.value)}>
        {Object.keys(regions[region]).map((c) => (
          <option key={c}>{c}</option>
        ))}
      </select>
      <select value={city} onChange={(e) => setCity(e.target.value)}>
        {cities.map((c) => (
          <option key={c}>{c}</option>
        ))}
      </select>
      <p>
        Shipping to {city}, {country} ({region})
      </p>
    </div>
  );
}
