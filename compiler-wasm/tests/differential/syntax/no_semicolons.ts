let x = 1
let y = 2
const z = x + y
x++
y--
console.log(x, y, z)
const s = "a"
let t = s
  + "b"
console.log(t)
