console.log("αβγ".toUpperCase(), "ΑΒΓ".toLowerCase(), "привет".toUpperCase(), "МИР".toLowerCase(), "Ωmega".length);
console.log("α" < "β", "Я" < "а", "ё".toUpperCase(), "Ё".toLowerCase());
