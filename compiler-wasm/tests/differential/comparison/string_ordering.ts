console.log("apple" < "banana", "Apple" < "apple", "Z" < "a", "a" < "aa", "aa" < "ab");
console.log("" < " ", " " < "!", "9" < "A", "A" < "_", "_" < "a", "a" < "~");
console.log("abc" <= "abc", "abc" >= "abd", "b" > "abc", "B" > "abc", "é" > "z", "ä" < "é");
