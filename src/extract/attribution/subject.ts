/**
 * The subject of a cue, read from a bounded window: inverted (`," said Dr Tedros`), after
 * "according to", through an apposition (`Kaba, a spokesman for the commission, told`), back over
 * fillers (`also`, `earlier this month`), the clause subject of a coordinated verb or a participle
 * (`… and said`, `…, citing`), or the body a person's name stands in ("the party of X"). Subjects
 * read through a link (a relative "who", an earlier coordinated cue, a group noun in no list) are
 * in subject-links.ts; the phrase reading they build on (boundaries, a noun phrase read forward) in
 * subject-phrase.ts.
 */
import {
  COMPANY_NOUNS,
  ORG_WORDS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  SOURCE_NOUNS,
  SPEECH_VERBS,
  VERB_FILLERS,
} from "../lexicon/index.ts";
import { POSS, QUOTE, WORD } from "../tokens.ts";
import { FINITE } from "./content.ts";
import { isAsReportedBy, isOwnedThatNoun, quoteSoon } from "./cues.ts";
import { afterIssuedPiece, afterMediumPhrase, clauseStart, describedPersonAfter, mainClauseStart, speechVerbBefore, isBoundary, isNameRun, npForward, opensClause, personSoon, phraseLabel } from "./subject-phrase.ts";
import { afterSubject, closedByComma, participleOpener, pastWith, quoteLeadSubject, sourceBeforeParticiple, coordinatedCue, dashFirst, groupSubject, isSpacedHyphen, longRelativeSubject, relativeAntecedent, roleHeaded, subjectBeforeRelative, whichAntecedent } from "./subject-links.ts";
import { resolveNP } from "./resolve.ts";
import { pronoun, rolePrefixStart, sentenceSubjectPerson } from "./salience.ts";
import { type SentenceInput, type Subject } from "./types.ts";
import { BE, DETS, INVERT_FORMS, NOT_INVERTED_AFTER, PRON_OTHER, PRON_SG, SUBORD, carryOn, isDay, isInvertForm, isLyAdverb } from "./words.ts";

/** Quantifiers that open an inverted subject (`,” said one former aide`). */
const QUANTIFIERS = new Set("one another two three several some many both".split(" "));

/** Prepositions before an object pronoun inside a subject's phrase ("close to him", "familiar with them"). */
const PRONOUN_PREPS = new Set("to with for of near".split(" "));

/** Prepositions that open an adjunct whose participle reports for the clause's subject ("by
 *  saying …"); the second set only when a quotation follows ("after pleading guilty" is no report,
 *  "after adding, “…”" is). */
const GERUND_PREPS = new Set(["by", "while", "when"]);
const GERUND_PREPS_QUOTED = new Set("after before without upon".split(" "));

/** Prepositions of a home town after a name ("of Dayton", "from Ohio"). */
const HOME_PREPS = new Set(["of", "from", "in"]);

/** Words inside a quotation that closes an apposition (a title, a nickname), at most. */
const MAX_QUOTED_TITLE = 8;

/** The person opening the sentence (after a role or a connective at most two words long) whose
 *  apposition, after a comma, ends in a short quotation right before the cue at i, with no other
 *  quotation, cue, finite verb or relative between; or null. */
function quotedApposition(inp: SentenceInput, i: number): Subject | null {
  const { tokens, s, personAt, persons } = inp;
  let o = i - 2;
  while (o > s.a && i - o <= MAX_QUOTED_TITLE + 2 && tokens[o]!.k !== QUOTE) o--;
  for (let k = s.a; k < o && k - s.a <= 2; k++) {
    const p = persons[personAt[k] ?? -1];
    if (!p || p.ca !== k || p.poss || tokens[p.b]?.t !== "," || o <= p.b + 1 || tokens[o]!.k !== QUOTE) continue;
    for (let m = p.b + 1; m < o; m++) {
      const u = tokens[m]!;
      // (an apposition, not a relative with its own verb: "X, who estimates costs were “high,” described …")
      if (u.k === QUOTE || (u.k === WORD && !u.cap && ((SPEECH_VERBS.has(u.key) && !u.key.endsWith("ing")) || FINITE.has(u.key) || u.key === "who" || u.key === "which"))) return null;
    }
    return { ref: { ent: p.ent }, a: p.ca, b: p.b, inverted: false, according: false };
  }
  return null;
}

export function subjectOf(inp: SentenceInput, i: number): Subject | null {
  const { tokens, s, personAt, persons } = inp;
  const t = tokens[i]!;
  if (t.key === "according" || isAsReportedBy(tokens, i)) {
    const a = t.key === "according" ? i + 2 : i + (tokens[i + 1]!.key === "reported" ? 3 : 4);
    const b = npForward(tokens, s, a, personAt, persons);
    // "according to the Donetsk republic authorities": read up to the comma (over an acronym in
    // brackets: "according to the Centers for Disease Control (CDC) in the US")
    let e = b;
    while (e < s.b && e - a < 14) {
      if (tokens[e]!.k === WORD) e++;
      // ("a Harbor/Ipsos poll": a slash joining two names)
      else if (tokens[e]!.t === "/" && tokens[e + 1]?.k === WORD && tokens[e + 1]!.s === tokens[e]!.e) e++;
      else if (tokens[e]!.t === "(" && tokens[e + 2]?.t === ")" && tokens[e + 1]!.k === WORD) e += 3;
      else break;
    }
    // "according to his aunt, Ana Ruiz, …": a description without a name of its own, then the
    // person's name in apposition
    const pi = tokens[e]?.t === "," && (personAt[a] ?? -1) < 0 ? (personAt[e + 1] ?? -1) : -1;
    if (pi >= 0 && !persons[pi]!.poss && persons[pi]!.ca === e + 1 && /^[,:]$/.test(tokens[persons[pi]!.b]?.t ?? "")) {
      return { ref: { ent: persons[pi]!.ent }, a, b: persons[pi]!.b, inverted: false, according: true };
    }
    // ("according to recent polling", "according to a Harbor/Ipsos poll": whatever the phrase names
    // is the source, with its words as the label when no person or known source is read)
    const ref = resolveNP(inp, a, Math.max(b, e)) ?? phraseLabel(inp, a, Math.max(b, e));
    return { ref, a, b: Math.max(b, e), inverted: false, according: true };
  }
  // "a news agency quoted the army as saying …": the one quoted speaks, not the one quoting
  if (tokens[i - 1]?.key === "as" && t.key === "saying") {
    for (let q = i - 2; q > s.a && i - q <= 10; q--) {
      const u = tokens[q]!;
      if (u.k !== WORD && u.k !== POSS) break;
      if (u.key === "quoted" || u.key === "quotes" || u.key === "quoting") {
        if (q + 1 < i - 1) return { ref: resolveNP(inp, q + 1, i - 1), a: q + 1, b: i - 1, inverted: false, according: false };
        break;
      }
    }
  }
  // "Arguing that voters are tuning in, …, Patrick has said …": a participle opening the sentence
  // reports for the main clause's subject, the first person after a comma
  if (i === s.a && t.key.endsWith("ing")) {
    for (let k = i + 1; k < s.b - 1 && k - i < 40; k++) {
      if (tokens[k]!.t !== ",") continue;
      const pn = personAt[k + 1] ?? -1;
      if (pn >= 0 && !persons[pn]!.poss && persons[pn]!.ca === k + 1) {
        const p = persons[pn]!;
        return { ref: { ent: p.ent }, a: p.ca, b: p.b, inverted: false, according: false };
      }
    }
    return null;
  }
  // "Said Ana Ruiz, who grew up here, “…”": a cue opening the sentence is inverted
  if (i === s.a && INVERT_FORMS.has(t.key) && tokens[i + 1]?.k === WORD && (tokens[i + 1]!.cap || DETS.has(tokens[i + 1]!.key))) {
    const b = npForward(tokens, s, i + 1, personAt, persons);
    if (b > i + 1) return { ref: resolveNP(inp, i + 1, b), a: i + 1, b, inverted: true, according: false };
  }
  // "Ruiz's claim that …", "his vow that …": the noun cue's owner
  if (isOwnedThatNoun(tokens, i, s.a)) {
    const owner = tokens[i - 1]!;
    if (owner.k === WORD) return { ref: pronoun(inp, owner.key === "her" ? "she" : "he", i - 1), a: i - 1, b: i - 1, inverted: false, according: false };
    const pn = personAt[i - 2] ?? -1;
    if (pn >= 0) return { ref: { ent: persons[pn]!.ent }, a: persons[pn]!.ca, b: i - 1, inverted: false, according: false };
    return null;
  }
  // inverted: `," said X`, `, said X`
  const prev = tokens[i - 1];
  const nx = tokens[i + 1];
  // (a participle after a comma reports for its clause's subject, read below: "X, who clashed
  // with Y, also attacked Z, calling him …")
  if (prev && prev.t === "," && !t.key.endsWith("ing")) {
    // `Gov. Ana Velloso (R-OH), said …`: the name before a parenthesis closed right before the comma
    if (tokens[i - 2]?.t === ")") {
      let o = i - 3;
      while (o > s.a && i - o < 12 && tokens[o]!.t !== "(") o--;
      const pn = tokens[o]?.t === "(" ? (personAt[o - 1] ?? -1) : -1;
      if (pn >= 0 && !persons[pn]!.poss && persons[pn]!.b === o) {
        const p = persons[pn]!;
        return { ref: { ent: p.ent }, a: p.ca, b: p.b, inverted: false, according: false };
      }
    }
    // `Another pollster, Name of Harbor University, said …`: the name before "of" and a capitalised body
    let m0 = i - 2;
    while (m0 > s.a && i - m0 < 8 && tokens[m0]!.k === WORD && tokens[m0]!.cap) m0--;
    const po = tokens[m0]?.key === "of" && m0 < i - 2 ? (personAt[m0 - 1] ?? -1) : -1;
    if (po >= 0 && !persons[po]!.poss && persons[po]!.b === m0 && tokens[persons[po]!.ca - 1]?.t === ",") {
      const p = persons[po]!;
      return { ref: { ent: p.ent }, a: p.ca, b: i - 1, inverted: false, according: false };
    }
    // `Role description, Name, said …`: the name right before the comma is the subject
    const pn = personAt[i - 2] ?? -1;
    if (i - 2 >= s.a && pn >= 0 && !persons[pn]!.poss && persons[pn]!.b === i - 1) {
      let k0 = persons[pn]!.ca - 1;
      if (tokens[k0]?.t === ",") {
        const p = persons[pn]!;
        return { ref: { ent: p.ent }, a: p.ca, b: i - 1, inverted: false, according: false };
      }
      void k0;
    }
    // `Cory Hale, 22, of Dayton, Ohio, said …`: an age and a home town after the name that opens the sentence
    const h0 = personAt[s.a] ?? -1;
    const home = h0 >= 0 ? persons[h0]! : null;
    if (home && home.ca === s.a && !home.poss && tokens[home.b]?.t === "," && i - home.b < 14) {
      let plain = true;
      for (let m = home.b; m < i && plain; m++) {
        const u = tokens[m]!;
        plain = u.t === "," || u.t === "." || u.num || (u.k === WORD && (u.cap || HOME_PREPS.has(u.key)));
      }
      if (plain) return { ref: { ent: home.ent }, a: home.ca, b: home.b, inverted: false, according: false };
    }
    // `Name, appositive, said …`: the subject is the name before the apposition
    let k = i - 2;
    while (k > s.a && i - k < 18 && tokens[k]!.t !== "," && tokens[k]!.k !== QUOTE) k--;
    // (over a parenthesis after the name: `Sen. Ana Ruiz (D-Mo.), who backs him, said`)
    let n = k - 1;
    if (k > s.a && tokens[n]?.t === ")") {
      while (n > s.a && k - n < 12 && tokens[n]!.t !== "(") n--;
      n--;
    }
    if (k > s.a && tokens[k]!.t === "," && (personAt[n] ?? -1) >= 0 && !persons[personAt[n]!]!.poss && persons[personAt[n]!]!.b === n + 1) {
      const p = persons[personAt[n]!]!;
      return { ref: { ent: p.ent }, a: p.ca, b: k, inverted: false, according: false };
    }
    // an apposition in two parts: `Ana Ruiz, 58, who lives in Porto, says …` — the name opens the sentence
    if (k > s.a && tokens[k]!.t === ",") {
      const p0 = personAt[s.a] ?? -1;
      const p = p0 >= 0 ? persons[p0]! : null;
      if (p && p.ca === s.a && !p.poss && tokens[p.b]?.t === "," && i - p.b < 24) {
        let commas = 0;
        for (let m = p.b; m < i; m++) if (tokens[m]!.t === ",") commas++;
        if (commas === 3) return { ref: { ent: p.ent }, a: p.ca, b: p.b, inverted: false, according: false };
      }
      // … or opens the attribution after a closing quotation: `“…,” Ana Ruiz, 30, of Porto, Ore.,
      // who was polled, said` (no other quotation or cue verb between)
      let m = i - 2;
      while (m > s.a && i - m < 32 && tokens[m]!.k !== QUOTE && !(tokens[m]!.k === WORD && !tokens[m]!.cap && SPEECH_VERBS.has(tokens[m]!.key))) m--;
      const pq = tokens[m]?.k === QUOTE && m > s.a && ",?!".includes(tokens[m - 1]!.t) ? (personAt[m + 1] ?? -1) : -1;
      const q = pq >= 0 ? persons[pq]! : null;
      if (q && q.ca === m + 1 && !q.poss && tokens[q.b]?.t === "," && q.b < k) {
        return { ref: { ent: q.ent }, a: q.ca, b: q.b, inverted: false, according: false };
      }
    }
    const long = longRelativeSubject(inp, i);
    if (long) return long;
  }
  // (a verb right after a closing quotation mark and its comma can only be inverted: `“…,” comments
  // Ana Ruiz`; elsewhere the inverted forms of speech, in any tense: `, explains Ana Ruiz`)
  const afterClose = prev?.k === QUOTE && i - 2 >= s.a && inp.inside[i - 2] === 1 && ",?!".includes(tokens[i - 2]!.t);
  // `Ana Ruiz, host of “Harbor Talk,” said that …`: a short quotation closing an apposition of the
  // name that opens the sentence, then a clause; the cue is the name's
  if (afterClose && nx && nx.k === WORD && !nx.cap) {
    const named = quotedApposition(inp, i);
    if (named) return named;
  }
  // (`“…,” said 9/11 widow Ana Ruiz`, `“…,” mused radio co-host Ana Ruiz`: a person behind a
  // description of a few words, numbers or hyphens, right after a verb after the quotation)
  if (afterClose && !t.key.endsWith("ing")) {
    const p = describedPersonAfter(inp, i + 1);
    if (p) return { ref: { ent: p.ent }, a: p.ca, b: p.b, inverted: true, according: false };
  }
  if (
    i > s.a &&
    prev &&
    (prev.t === "," || prev.k === QUOTE) &&
    nx &&
    nx.k === WORD &&
    // (a participle after a quotation is no inverted verb: `“…,” referencing the large number of …`,
    // `“…,” telling Fox 35 that …` report for the clause's subject, read below)
    (isInvertForm(t.key) || (afterClose && !t.key.endsWith("ing"))) &&
    t.key !== "told" &&
    (nx.cap ||
      DETS.has(nx.key) ||
      QUANTIFIERS.has(nx.key) ||
      ROLE_MODIFIERS.has(nx.key) ||
      ROLE_NOUNS.has(nx.key) ||
      personSoon(inp, i + 1)) &&
    !isDay(nx.key) &&
    !NOT_INVERTED_AFTER.includes(nx.key) &&
    !(PRON_SG.has(nx.key) || PRON_OTHER.has(nx.key))
  ) {
    const a = i + 1;
    const b = npForward(tokens, s, a, personAt, persons);
    // (not when a verb follows in the phrase: "X, including Y, said the border should be closed" — the
    // phrase is the subject of the reported clause)
    let clause = false;
    for (let k = a + 1; k < b && !clause; k++) {
      const v = tokens[k]!;
      clause = v.k === WORD && !v.cap && (FINITE.has(v.key) || v.key.endsWith("n't"));
    }
    // (nor when a verb follows it: "X, who asked not to be named, said the mayor has spoken")
    const v = tokens[b]?.key === "also" || isLyAdverb(tokens, b, b) ? tokens[b + 1] : tokens[b];
    // (or a past tense after a plain comma: "X of Ohio, a Republican who …, said the family deserved
    // better"; after a quotation, "“…,” said the man injured in the blast" stays inverted)
    if (v && v.k === WORD && !v.cap && (FINITE.has(v.key) || v.key.endsWith("n't") || (!afterClose && v.key.endsWith("ed") && v.key.length > 4))) clause = true;
    // (right after a quotation, an inverted phrase no word list knows is still the speaker, by its
    // own words: `“…?” asked the boy`)
    const named = b > a && !clause ? resolveNP(inp, a, b) ?? (afterClose && isInvertForm(t.key) && DETS.has(nx.key) && !tokens[b - 1]!.cap ? phraseLabel(inp, a, b) : null) : null;
    if (b > a && !clause) return { ref: named, a, b, inverted: true, according: false };
  }
  // normal order: back over fillers
  let j = carryOn(tokens, s.a, i - 1);
  let n = 0;
  while (
    j >= s.a &&
    n < 5 &&
    tokens[j]!.k === WORD &&
    !tokens[j]!.cap &&
    (VERB_FILLERS.has(tokens[j]!.key) || isLyAdverb(tokens, j, s.a)) &&
    tokens[j]!.key !== "and"
  ) {
    j = carryOn(tokens, s.a, j - 1);
    n++;
  }
  if (j < s.a) return null;
  // "Rep. Gwen Moore (D-Wis.) said": step over a parenthesis after the subject
  if (tokens[j]!.t === ")") {
    let k = j - 1;
    while (k > s.a && j - k < 10 && tokens[k]!.t !== "(") k--;
    if (tokens[k]?.t === "(") j = k - 1;
    if (j < s.a) return null;
  }
  const tj = tokens[j]!;
  // "…, Senator Ana Ruiz, who said …", "Ana Ruiz, a senator from Ohio who denies …": the relative's antecedent
  if (tj.k === WORD && tj.key === "who" && !tj.cap) {
    const ante = relativeAntecedent(inp, j);
    if (ante) return ante;
  }
  if (tj.k === WORD && tj.key === "which" && !tj.cap) {
    const ante = whichAntecedent(inp, j, (key) => SOURCE_NOUNS.has(key) || COMPANY_NOUNS.has(key));
    if (ante) return ante;
  }
  if (tj.k === WORD && (tj.key === "and" || tj.key === "but") && !tj.cap) {
    // "The campaign called for X and said Y", "with Ruiz tweeting that … and asking …": a cue
    // coordinated with an earlier cue of the sentence shares its subject
    // (back along a list of cues: "asked about X, called him Y and said …")
    let prior = coordinatedCue(inp, j);
    for (let n = 0; prior >= 0 && n < 3; n++) {
      const sp = subjectOf(inp, prior);
      if (sp?.ref) return sp;
      if (tokens[prior - 1]?.t !== ",") break;
      prior = coordinatedCue(inp, prior);
    }
    // "Ruiz, who was speaking to the council, did not name him, but told …": the sentence's subject
    const subj0 = sentenceSubjectPerson(inp, j);
    if (subj0) return { ref: { ent: subj0.ent }, a: subj0.ca, b: subj0.b, inverted: false, according: false };
    let cs = clauseStart(tokens, s, j);
    // (over an opening phrase: "Publicly, the nominee feuds with X and dismisses …", "In private, …")
    if (cs === s.a) {
      while ((isLyAdverb(tokens, cs, cs) || tokens[cs]?.key === "however") && tokens[cs + 1]?.t === ",") cs += 2;
      if (cs === s.a) cs = mainClauseStart(inp, j);
    }
    const b = npForward(tokens, s, cs, personAt, persons);
    if (b > cs) return { ref: resolveNP(inp, cs, b), a: cs, b, inverted: false, according: false };
    return null;
  }
  // (or after a preposition: "He explained the headline by saying …", "… while adding …")
  const gerundPrep =
    tj.k === WORD && !tj.cap && (GERUND_PREPS.has(tj.key) || (GERUND_PREPS_QUOTED.has(tj.key) && quoteSoon(tokens, i, s.b)));
  // ("Late on Monday, the campaign released a statement confirming …": the subject of "released";
  // "Ruiz emailed supporters saying …", "responded to the question on Facebook writing …": a
  // participle after the phrase a speech verb governs reports for that verb's subject)
  // (or before the comma, in the past, over its adjuncts: "Exports rose, an official said, adding
  // that …", "…, the ministry said in a statement, adding …"; not a noun in -s, "denied the fraud
  // claims, pointing to …")
  let said = -1;
  for (let k = j - 1; tj.t === "," && said < 0 && k > s.a && j - k <= 6; k--) {
    const v = tokens[k]!;
    if (v.k !== WORD || v.cap) continue;
    if (!/(?:ing|s)$/u.test(v.key) && SPEECH_VERBS.has(v.key) && afterSubject(inp, k)) said = k;
    else if (FINITE.has(v.key) || v.key === "that" || v.key.endsWith("ed") || v.key.endsWith("n't")) break;
  }
  const governing = !t.key.endsWith("ing") ? -1 : afterIssuedPiece(tokens, j, s.a) ? j - 2 : said >= 0 ? said : speechVerbBefore(inp, j);
  const governed = governing >= 0 ? subjectOf(inp, governing) : null;
  if (governed?.ref) return governed;
  // (or after a quotation closed by its comma: `did not want to address “that person,” telling …`)
  const quoteComma = closedByComma(inp, j);
  if ((tj.t === "," || quoteComma || gerundPrep || afterMediumPhrase(tokens, j, s.a)) && t.key.endsWith("ing")) {
    // "Trump appeared confident, telling reporters …": the participle's subject is the clause's.
    // The sentence's subject when it is a person (also behind an apposition: "Bush, Florida's former
    // governor, also attacked Trump, …, calling him …"), else the nearest person in subject
    // position (clause-initial, followed by a verb) before the comma.
    // (after a quotation: the speaker of its lead, `Ruiz said of it, “…,” adding …`, `Ruiz fired
    // back: “…,” referencing …`)
    const lead = quoteComma ? quoteLeadSubject(inp, j, (k) => subjectOf(inp, k)) : null;
    if (lead) return lead;
    const subj0 = sentenceSubjectPerson(inp, j);
    if (subj0) return { ref: { ent: subj0.ent }, a: subj0.ca, b: subj0.b, inverted: false, according: false };
    for (let k = j - 1; !quoteComma && k >= s.a && j - k < 40; k--) {
      const pk = personAt[k] ?? -1;
      if (pk < 0) continue;
      const p = persons[pk]!;
      k = p.ca;
      const pre = tokens[p.ca - 1];
      const post = tokens[p.b];
      // (also right after a closing quotation: `“…,” Ruiz said, suggesting …`)
      const clauseInitial =
        p.ca === s.a || !pre || pre.t === "," || (pre.k === WORD && SUBORD.has(pre.key)) || (pre.k === QUOTE && !inp.inside[p.ca]);
      // (also in apposition before the verb: "…'s party leader, Ana Ruiz, voiced support …, saying")
      const v = post?.t === "," ? tokens[p.b + 1] : post;
      if (clauseInitial && !p.poss && v && v.k === WORD && !v.cap && (v === post || v.key.endsWith("ed") || FINITE.has(v.key))) {
        return { ref: { ent: p.ent }, a: p.ca, b: p.b, inverted: false, according: false };
      }
    }
    // else the main clause's subject, up to its verb ("Last month, a group of experts warned of fakes,
    // arguing …"; "Both parents met Ana Ruiz, saying …"), unless that clause is passive ("Two guards were charged …, stating …")
    const ms = mainClauseStart(inp, j);
    let mb = npForward(tokens, s, ms, personAt, persons);
    for (let v = ms + 1; v < mb; v++) if (!tokens[v]!.cap && (FINITE.has(tokens[v]!.key) || (tokens[v]!.key.endsWith("ed") && tokens[v]!.key.length > 4))) mb = v;
    if (mb > ms && !(BE.has(tokens[mb]?.key ?? "") && tokens[mb + 1]?.key.endsWith("ed"))) {
      const ref = resolveNP(inp, ms, mb) ?? (tokens[mb - 1]!.key.endsWith("s") ? groupSubject(inp, ms, mb) : null);
      if (ref) return { ref, a: ms, b: mb, inverted: false, according: false };
    }
    const cs = clauseStart(tokens, s, j);
    const b = npForward(tokens, s, cs, personAt, persons);
    if (b > cs) return { ref: resolveNP(inp, cs, b), a: cs, b, inverted: false, according: false };
    return null;
  }
  if (
    tj.t === "," &&
    (personAt[j - 1] ?? -1) >= 0 &&
    persons[personAt[j - 1]!]!.b === j &&
    tokens[rolePrefixStart(inp, persons[personAt[j - 1]!]!.ca) - 1]?.t === ","
  ) {
    // "Orbán's chief of staff, Gergely Gulyás, later said": the name in apposition is the subject
    // (also behind a lower-case role modifier: "The other candidate, former Mayor Ana Ruiz, said")
    const p = persons[personAt[j - 1]!]!;
    return { ref: { ent: p.ent }, a: p.ca, b: j, inverted: false, according: false };
  }
  if (tj.t === ",") {
    // apposition between subject and verb: find the comma that opens it
    let k = j - 1;
    while (k > s.a && j - k < 30 && tokens[k]!.t !== "," && tokens[k]!.k !== QUOTE) k--;
    // "The group that owns her songs, Big Harbor, says …": a name in apposition after a
    // description is the subject
    if (k > s.a && tokens[k]!.t === "," && j - k >= 2 && j - k <= 6 && isNameRun(tokens, k + 1, j) && opensClause(inp, k)) {
      const ref = resolveNP(inp, k + 1, j);
      if (ref) return { ref, a: k + 1, b: j, inverted: false, according: false };
    }
    if (k > s.a && tokens[k]!.t === ",") j = k - 1;
    else return null;
    if (tokens[j]!.t === ")") {
      let m = j - 1;
      while (m > s.a && j - m < 10 && tokens[m]!.t !== "(") m--;
      if (tokens[m]?.t === "(" && m > s.a) j = m - 1;
    }
  }
  // "The judge — who has feuded with the governor — said …", "Many speakers -- including X -- said":
  // the subject stands before an aside between dashes
  const close = dashFirst(inp, j);
  if (close >= 0 && !t.key.endsWith("ing")) {
    let k = close - 1;
    // (over a quotation inside the aside: "X - who said he would “close the port” - said …")
    let marks = 0;
    while (k > s.a && close - k < 30 && dashFirst(inp, k) < 0) if (tokens[k--]!.k === QUOTE) marks++;
    const open = marks % 2 === 0 ? dashFirst(inp, k) : -1;
    if (open - 1 > s.a && close - open >= 3) j = open - 1;
  }
  const tjj = tokens[j]!;
  // ("a source close to him said": a pronoun after a preposition ends the subject's phrase, it is not the subject)
  const objectOfPrep = (tjj.key === "him" || tjj.key === "her" || tjj.key === "them") && j - 1 > s.a && PRONOUN_PREPS.has(tokens[j - 1]!.key);
  if (
    (tjj.k === WORD && !tjj.cap && !objectOfPrep && (PRON_SG.has(tjj.key) || PRON_OTHER.has(tjj.key))) ||
    (tjj.k === WORD && j === s.a && PRON_SG.has(tjj.key))
  ) {
    return { ref: resolveNP(inp, j, j + 1), a: j, b: j + 1, inverted: false, according: false };
  }
  // noun phrase ending at j
  let a = j;
  // (a hyphen with a space on both sides is a dash: "LIMA (Reuters) - The central bank said")
  while (a > s.a && j - a < 14 && !isBoundary(tokens[a - 1]!) && !isSpacedHyphen(inp, a - 1)) a--;
  // "…, with the agency announcing …", "…, with 50 percent saying …": the phrase after "with"
  a = pastWith(tokens, a, j);
  // ("Holding signs calling him “a fraud,” the protesters chanted": the main clause's subject)
  if (t.key.endsWith("ing") && participleOpener(inp, a, j)) return null;
  if (t.key.endsWith("ing"))
    for (let m = j; m > a; m--)
      if (tokens[m]!.k === WORD && tokens[m]!.key === "with" && !tokens[m]!.cap) {
        a = m + 1;
        break;
      }
  // "Officials who spoke on condition of anonymity said …": the phrase before a relative clause
  // that ends right before the cue is the subject
  // (a relative clause with a subordinator of its own: "A spokesperson who did not wish to be named
  // because of agency policy said")
  let ra = a;
  for (let m = a - 1; m > s.a && a - m < 16 && tokens[a - 1]?.key !== "who" && tokens[m]!.k === WORD; m--)
    if (tokens[m]!.key === "who" && !tokens[m]!.cap) {
      ra = m + 1;
      break;
    }
  const whoSubj = subjectBeforeRelative(inp, ra, j + 1);
  if (whoSubj) return whoSubj;
  // a person chunk that ends at j heads the phrase
  const pj = personAt[j] ?? -1;
  if (pj >= 0) {
    const p = persons[pj]!;
    // "the party of Omar Rana said", "the government of President Kamau has vowed": the body speaks
    // ("a spokesman for Ana Ruiz said", "an aide to Ruiz": one who speaks for her, by that phrase)
    const of = tokens[p.ca - 1];
    const body = tokens[p.ca - 2];
    if ((of?.key === "for" || of?.key === "to") && body?.k === WORD && ROLE_NOUNS.has(body.key) && p.ca - 2 >= a)
      return { ref: { label: inp.text.slice(body.s, tokens[j]!.e), company: false }, a, b: j + 1, inverted: false, according: false };
    if (of?.key === "of" && body && body.k === WORD && !body.cap && (SOURCE_NOUNS.has(body.key) || ORG_WORDS.has(body.key)) && p.ca - 2 >= a) {
      const ref = resolveNP(inp, a, p.ca - 1);
      if (ref) return { ref, a, b: j + 1, inverted: false, according: false };
    }
    // "scientists using a telescope on Mauna Kea have confirmed": the head is before the participle
    for (let m = a + 1; m < p.ca; m++) {
      const u = tokens[m]!;
      if (u.k !== WORD || u.cap || !u.key.endsWith("ing") || SPEECH_VERBS.has(u.key) || tokens[m - 1]!.k !== WORD) continue;
      // (the phrase before it has no verb: not "negotiators are left with translating what Ruiz requested")
      const verb = tokens.slice(a, m).some((v) => v.k === WORD && !v.cap && (FINITE.has(v.key) || BE.has(v.key) || v.key.endsWith("ed")));
      const ref = verb ? null : resolveNP(inp, a, m);
      if (ref) return { ref, a, b: m, inverted: false, according: false };
      break;
    }
    return { ref: { ent: p.ent }, a: p.ca, b: j + 1, inverted: false, according: false };
  }
  if (tokens[j]!.k === POSS) return null;
  // "Ana Ruiz, executive director of the nurses' union[, a union that …], said": a role after the
  // name that opens the sentence and a comma, closed by a comma or a dash, is the name's apposition
  // (not "Mr. Obama, officials said, has …": the phrase right before the cue is its subject)
  const pa = personAt[a - 2] ?? -1;
  const named = pa >= 0 ? persons[pa]! : null;
  const closed = tokens[j + 1]?.t === "," || dashFirst(inp, j + 1) >= 0;
  if (named && closed && tokens[a - 1]?.t === "," && named.b === a - 1 && !named.poss && named.ca - s.a <= 2 && roleHeaded(tokens, a, j + 1))
    return { ref: { ent: named.ent }, a: named.ca, b: named.b, inverted: false, according: false };
  const ref = resolveNP(inp, a, j + 1) ?? groupSubject(inp, a, j + 1);
  return ref ? { ref, a, b: j + 1, inverted: false, according: false } : (sourceBeforeParticiple(inp, a) ?? { ref, a, b: j + 1, inverted: false, according: false });
}



