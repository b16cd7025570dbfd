interface Note {
  title: string;
  body: string;
  tags: string[];
}
const notes: Note[] = [
  { title: 'say "hi"', body: "line1\nline2\ttabbed", tags: ["a\\b", ""] },
  { title: "ünïcödé 😀", body: "\u0001\u001f", tags: ["日本語", "e\u0301"] },
  { title: "", body: "{\"not\": \"json\"}", tags: [] },
];
const text = JSON.stringify(notes);
console.log(text);
const back = JSON.parse(text) as Note[];
console.log(back);
console.log(back.length, back[0].title === notes[0].title, back[1].body === notes[1].body);
console.log(back.every((n, i) => n.title === notes[i].title && n.body === notes[i].body && n.tags.join("|") === notes[i].tags.join("|")));
console.log(back[1].title.length, back[2].body, back[0].tags[0]);
console.log(JSON.stringify(back) === text);
