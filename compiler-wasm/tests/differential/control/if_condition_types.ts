const count = 0;
const name = "dx";
const ready = true;
if (count) console.log("count set");
else console.log("count zero");
if (name) console.log("name set");
if (name.length - 2) console.log("never");
if (ready && !!name && !!(count + 1)) console.log("all truthy");
if (!count && !"") console.log("both falsy");
