export const employees = [
  { id: 1, name: "Hana Sato", team: "Design", remote: true },
  { id: 2, name: "Oluwaseun Bello", team: "Engineering", remote: false },
  { id: 3, name: "Marta Nowak", team: "Engineering", remote: true },
  { id: 4, name: "Diego Ramos", team: "Sales", remote: false },
  { id: 5, name: "Ines Duarte", team: "Design", remote: false },
];

export const teams = ["Design", "Engineering", "Sales"];
