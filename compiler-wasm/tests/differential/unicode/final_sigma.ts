console.log("ΣΑΣ".toLowerCase(), "ΟΔΟΣ".toLowerCase(), "Σ".toLowerCase(), "ΑΣ ΣΑ".toLowerCase(), "σας".toUpperCase());
