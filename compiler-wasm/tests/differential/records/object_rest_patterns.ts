// `...rest` of an object pattern: the other fields, in their order.
const person = { id: 7, name: "Ada", role: "eng", active: true };
const { id, ...user } = person;
console.log(id, JSON.stringify(user));
const { role, ...others } = person;
console.log(role, JSON.stringify(others), Object.keys(others).join());
function label({ name, ...rest }: { id: number; name: string; role: string; active: boolean }) {
  return name + ":" + JSON.stringify(rest);
}
console.log(label(person));
const list = [person, { id: 8, name: "Bo", role: "ops", active: false }];
console.log(list.map(({ id, ...p }) => p.name + id).join(" "));
