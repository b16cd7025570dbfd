export const WEEKDAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

export function buildWeeks(firstWeekday, dayCount) {
  const cells = [...Array(firstWeekday).fill(null), ...Array.from({ length: dayCount }, (_, i) => i + 1)];
  const weeks = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

export default function MonthGrid({ title, firstWeekday, dayCount, marked = [], onPick }) {
  return (
    <table className="month">
      <caption>{title}</caption>
      <thead>
        <tr>
          {WEEKDAYS.map((d) => (
            <th key={d}>{d}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {buildWeeks(firstWeekday, dayCount).map((week, w) => (
          <tr key={w}>
            {week.map((day, i) => (
              <td key={i} onClick={day ? () => onPick(day) : undefined} className={marked.includes(day) ? "marked" : undefined}>
                {day ?? ""}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
