let ran = 0;
for (let i = 0; i < 0; i++) ran++;
for (let i = 5; i < 5; i++) ran++;
for (let i = 0; i < 0 / 0; i++) ran++;
while (false) ran++;
while ("") ran++;
while (0) ran++;
console.log("ran", ran);
