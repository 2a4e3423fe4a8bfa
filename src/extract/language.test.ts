import { describe, expect, it } from "vitest";
import { detectLanguage, ENGINE_LANGUAGES, primaryLanguage } from "./language.ts";

// Invented sentences, two or three per language: enough running text for the word check.
const TEXTS: Record<string, string> = {
  en:
    "The harbor mayor said on Tuesday that the city would keep the port open during the strike, which began after talks with the union collapsed. " +
    "She told reporters that there was no reason to close the gates and that the workers had been offered more than they asked for in the spring.",
  fr:
    "Le maire du port a déclaré mardi que la ville garderait le port ouvert pendant la grève, qui a commencé après l'échec des discussions avec le syndicat. " +
    "Elle a dit aux journalistes qu'il n'y avait pas de raison de fermer les portes et que les ouvriers avaient reçu une offre plus élevée que celle du printemps.",
  de:
    "Der Bürgermeister der Hafenstadt sagte am Dienstag, dass die Stadt den Hafen während des Streiks offen halten werde, der nach dem Scheitern der Gespräche begann. " +
    "Sie sagte den Reportern, es gebe keinen Grund, die Tore zu schließen, und die Arbeiter hätten mehr bekommen als im Frühjahr.",
  es:
    "La alcaldesa del puerto dijo el martes que la ciudad mantendría el puerto abierto durante la huelga, que comenzó después de que fracasaran las conversaciones con el sindicato. " +
    "Dijo a los periodistas que no había razón para cerrar las puertas y que los trabajadores habían recibido más de lo que pidieron en la primavera.",
  pt:
    "A prefeita do porto disse na terça-feira que a cidade manteria o porto aberto durante a greve, que começou depois que as negociações com o sindicato fracassaram. " +
    "Ela disse aos jornalistas que não havia razão para fechar os portões e que os trabalhadores tinham recebido mais do que pediram na primavera.",
  it:
    "Il sindaco del porto ha detto martedì che la città terrà il porto aperto durante lo sciopero, che è iniziato dopo il fallimento dei colloqui con il sindacato. " +
    "Ha detto ai giornalisti che non c'è motivo di chiudere i cancelli e che i lavoratori hanno ricevuto più di quanto chiesto in primavera.",
  cs:
    "Starostka přístavu v úterý řekla, že město nechá přístav otevřený i během stávky, která začala poté, co selhala jednání s odbory. " +
    "Novinářům řekla, že není důvod zavírat brány a že dělníci dostali víc, než o co žádali na jaře, a že je to tak správné.",
  ru:
    "Мэр портового города заявила во вторник, что город не закроет порт во время забастовки, которая началась после провала переговоров с профсоюзом. " +
    "Она сказала журналистам, что нет причин закрывать ворота и что рабочим предложили больше, чем они просили весной.",
  uk: "Мер портового міста заявила у вівторок, що місто не закриє порт під час страйку, який почався після провалу переговорів із профспілкою. Вона сказала журналістам, що робітникам запропонували більше.",
  ko: "항구 도시의 시장은 화요일 파업 기간에도 항구를 계속 열어 두겠다고 말했다. 노조와의 협상이 결렬된 뒤 파업이 시작됐다.",
  ja: "港町の市長は火曜日、ストライキの間も港を開けておくと述べた。組合との交渉が決裂した後にストが始まった。",
  zh: "港口城市市长周二表示，罢工期间港口将保持开放。与工会的谈判破裂后罢工开始。",
  ar: "قالت رئيسة بلدية المدينة الساحلية يوم الثلاثاء إن المدينة ستبقي الميناء مفتوحا خلال الإضراب الذي بدأ بعد فشل المحادثات مع النقابة.",
  he: "ראשת העיר אמרה ביום שלישי כי העיר תשאיר את הנמל פתוח במהלך השביתה, שהחלה לאחר כישלון השיחות עם האיגוד.",
  el: "Η δήμαρχος της πόλης δήλωσε την Τρίτη ότι η πόλη θα κρατήσει ανοιχτό το λιμάνι κατά τη διάρκεια της απεργίας.",
};

describe("detectLanguage", () => {
  for (const [code, text] of Object.entries(TEXTS)) {
    it(`knows ${code} from its text`, () => {
      expect(detectLanguage(text).code).toBe(code);
    });
  }

  it("reads an English article quoting a French sentence as English", () => {
    const text = `${TEXTS.en} One protester carried a sign that read « Le port est à nous ». ${TEXTS.en}`;
    expect(detectLanguage(text).code).toBe("en");
  });

  it("a short English text still has to say so by its words", () => {
    // the glance needs MIN_WORDS words: a short headline is decided by the full count (or not at all)
    expect(detectLanguage("The talks and the vote").code).toBeNull();
  });

  it("an English text that quotes at length in another language is not English at a glance, and still English", () => {
    const text = `${TEXTS.fr} ${TEXTS.en} ${TEXTS.en} ${TEXTS.en}`;
    expect(detectLanguage(text).code).toBe("en");
  });

  it("says nothing from a few words", () => {
    expect(detectLanguage("Jane Roe, Harbor Mayor").code).toBeNull();
    expect(detectLanguage("").code).toBeNull();
    expect(detectLanguage("12 34 — 56").code).toBeNull();
  });

  it("says nothing when no language's common words stand out (a list of names)", () => {
    const names = "Ana Ruiz Marco Bell Petra Klein Sam Doe Jane Roe Tom Poe Carl Moe Lena Voss Ivo Lund Mia Sato Ugo Fink Eli Sorn Oda Berg Kai Holm Ida Rask Ole Brun Uma Dahl";
    expect(detectLanguage(names).code).toBeNull();
  });

  it("tells Bulgarian from Russian by their short words", () => {
    const bg = "Кметът на пристанищния град заяви във вторник, че градът ще държи пристанището отворено по време на стачката, която започна след провала на преговорите със синдиката. Тя каза, че това е правилно.";
    expect(detectLanguage(bg).code).toBe("bg");
  });

  it("reads only the first characters of a long text", () => {
    const text = TEXTS.en!.repeat(25) + TEXTS.fr!.repeat(200);
    expect(detectLanguage(text).code).toBe("en");
  });
});

describe("primaryLanguage", () => {
  it("takes the primary subtag of a tag or a locale", () => {
    expect(primaryLanguage("en-GB")).toBe("en");
    expect(primaryLanguage("fr_FR")).toBe("fr");
    expect(primaryLanguage(" RU ")).toBe("ru");
    expect(primaryLanguage("x")).toBeNull();
    expect(primaryLanguage(null)).toBeNull();
  });

  it("the engine reads English", () => {
    expect(ENGINE_LANGUAGES.has("en")).toBe(true);
    expect(ENGINE_LANGUAGES.has("fr")).toBe(false);
  });
});
