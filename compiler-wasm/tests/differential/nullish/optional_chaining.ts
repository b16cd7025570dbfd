// ?. short-circuits the rest of the chain when an object is nullish (find() may find nothing).
interface City {
  name: string;
  zip?: string;
}
interface Person {
  name: string;
  city?: City;
}
const people: Person[] = [{ name: "a", city: { name: "Oslo", zip: "0150" } }, { name: "b", city: { name: "Rome" } }, { name: "c" }];
for (const p of people) {
  console.log(p.name, p.city?.name, p.city?.zip, p.city?.zip?.length, p.city?.name.length ?? 0);
}
const found = people.find((p) => p.name === "z");
console.log(found?.name, found?.city?.name ?? "none");
