function grade(score: number): string {
  return score >= 90 ? "A" : score >= 80 ? "B" : score >= 70 ? "C" : "F";
}
console.log(grade(95), grade(85), grade(75), grade(10), grade(0 / 0), grade(90), grade(Infinity));
const x = true ? false ? 1 : 2 : 3;
const y = false ? 1 : true ? 2 : 3;
console.log(x, y);
