import { analyze, snapshotFromPlainText } from "/work/main/src/extract/index.ts";
const text = process.argv[2]!;
const a = analyze(snapshotFromPlainText(text));
for (const q of a.quotes) console.log(q.kind, JSON.stringify(text.slice(q.start, q.end)), "←", q.speakerId ? a.people.find((p) => p.id === q.speakerId)!.name : `src:${q.source}`, "| cue:", q.cue);
