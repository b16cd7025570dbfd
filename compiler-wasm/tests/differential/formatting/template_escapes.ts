console.log(`back\`tick`, `dollar \${n}`, `tab\there`, `new\nline`, `\u0041\u{1F600}`);
console.log(`$`, `$$`, `{}`, `\\`, `a
b`);
console.log(`${"$"}{x}`.length, `\x41`, `end$`);
