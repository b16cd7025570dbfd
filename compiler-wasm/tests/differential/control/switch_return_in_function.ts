function dayName(d: number): string {
  switch (d) {
    case 0:
      return "Sun";
    case 6:
      return "Sat";
    case 1:
    case 2:
    case 3:
    case 4:
    case 5:
      return "weekday";
  }
  return "invalid";
}
console.log(dayName(0), dayName(3), dayName(6), dayName(7), dayName(-1), dayName(0.5));
