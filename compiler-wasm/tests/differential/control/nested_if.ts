function quadrant(x: number, y: number): string {
  if (x >= 0) {
    if (y >= 0) {
      return "I";
    } else {
      return "IV";
    }
  } else {
    if (y >= 0) {
      return "II";
    }
    return "III";
  }
}
console.log(quadrant(1, 1), quadrant(-1, 1), quadrant(-1, -1), quadrant(1, -1), quadrant(0, 0), quadrant(-0, -0));
