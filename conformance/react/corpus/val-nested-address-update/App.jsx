import { useState } from "react";

const initialUser = {
  name: "Noor",
  contact: { email: "noor@example.org", phone: null },
  address: { street: "12 Harbour Rd", city: "Galway", geo: { lat: 53.27, lng: -9.05 } },
};

export default function App() {
  const [user, setUser] = useState(initialUser);

  function moveTo(city, lat, lng) {
    setUser({
      ...user,
      address: { ...user.address, city, geo: { ...user.address.geo, lat, lng } },
    });
  }

  function togglePhone() {
    setUser((u) => ({
      ...u,
      contact: { ...u.contact, phone: u.contact.phone ? null : "+353 91 555 0100" },
    }));
  }

  const {
    name,
    contact: { email, phone },
    address: {
      city,
      geo: { lat, lng },
    },
  } = user;

  return (
    <div>
      <button onClick={() => moveTo("Cork", 51.9, -8.47)}>Move to Cork</button>
      <button onClick={() => moveTo("Sligo", 54.27, -8.47)}>Move to Sligo</button>
      <button onClick={togglePhone}>{phone ? "Remove phone" : "Add phone"}</button>
      <h3>{name}</h3>
      <p>
        {user.address.street}, {city}
      </p>
      <p>
        ({lat.toFixed(2)}, {lng.toFixed(2)})
      </p>
      <p>{email}</p>
      {phone !== null && <p>☎ {phone}</p>}
      <p>Initial city unchanged: {initialUser.address.city}</p>
    </div>
  );
}
