console.log(String(1e20), String(1e21), String(99999999999999990000), String(999999999999999900000));
console.log(String(123456789012345678901), String(1e21 - 65536), String(1e21 + 1), String(1.5e21));
console.log(String(-1e21), String(-999999999999999900000), String(2e20 * 5), String(2e20 * 4.99));
console.log(String(1.23e22), String(1e100), String(12345678901234567890123));
