import { useState } from "react";

const timezones = [
  { id: "utc", label: "UTC", offset: 0 },
  { id: "cet", label: "Central European", offset: 1 },
  { id: "ist", label: "India", offset: 5.5 },
  { id: "jst", label: "Japan", offset: 9 },
];

const meetingUtcHour = 14;

function formatHour(h: number): string {
  const hours = Math.floor(((h % 24) + 24) % 24);
  const minutes = Math.round((h % 1) * 60);
  return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}

export default function App() {
  const [zoneId, setZoneId] = useState("cet");
  const [format, setFormat] = useState<"24h" | "label">("24h");
  const zone = timezones.find((z) => z.id === zoneId)!;
  const local = meetingUtcHour + zone.offset;

  return (
    <div>
      <label>
        Your timezone{" "}
        <select value={zoneId} onChange={(e) => setZoneId(e.target.value)}>
          {timezones.map((z) => (
            <option key={z.id} value={z.id}>
              {z.label} (UTC{z.offset >= 0 ? "+" : ""}
              {z.offset})
            </option>
          ))}
        </select>
      </label>
      <select value={format} onChange={(e) => setFormat(e.target.value as "24h" | "label")}>
        <option value="24h">24-hour</option>
        <option value="label">Morning/afternoon</option>
      </select>
      <p>
        The meeting starts at{" "}
        {format === "24h" ? formatHour(local) : local % 24 < 12 ? "in the morning" : local % 24 < 18 ? "in the afternoon" : "in the evening"}{" "}
        your time.
      </p>
    </div>
  );
}
