for (let i = 1; i <= 6; i++) {
  let row = "";
  for (let j = 1; j <= 6; j++) row += String(i * j).padStart(4, " ");
  console.log(row);
}
