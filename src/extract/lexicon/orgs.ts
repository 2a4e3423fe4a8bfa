/**
 * Organisations: words that make a capitalised run an organisation or a place, media outlets,
 * organisation acronyms, parties, company descriptors and the nouns that head unnamed sources.
 * Keys are lower-case and diacritic-folded (normalize.ts) unless stated otherwise.
 */
const set = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Newspapers' own words ("the Orlando Sentinel", "the Des Moines Register"): organisation and media words. */
const MASTHEADS = "register sentinel chronicle courier inquirer examiner dispatch bulletin";

/** Words that make a capitalised chunk an organisation, a building, an event or a place. */
export const ORG_WORDS = set(`
ministry ministries department office agency authority authorities commission committee council court courts
parliament congress senate assembly house cabinet government administration party union league alliance
front movement coalition organisation organization association federation institute institution foundation
university college school academy hospital clinic bank fund trust group holdings corporation corp inc ltd llc plc
co company companies industries airlines airways motors systems technologies tech media news press times post
spa ag nv sa bv gmbh oyj bhd tbk pte sae kk plc ltda sas srl holding holdings partners capital securities
investments ventures resources energy petroleum oil gas mining mines metals steel chemicals pharmaceuticals
productions studios pictures records entertainment works labs aerospace robotics average team
rangers united athletic wanderers rovers city town albion sox yankees mets dodgers giants
journal herald tribune gazette telegraph guardian review network channel radio television tv broadcasting
${MASTHEADS}
service services forces force army navy corps brigade regiment police guard guards command unit division
conference summit forum festival games olympics cup championship championships open tournament league
centre center hall palace tower square street road avenue bridge airport station port stadium arena
church mosque temple cathedral club fc united city county province state states republic kingdom emirates
prison jail penitentiary
island islands strip bank valley river sea ocean gulf mountains mountain hills lake coast region district
world international national global federal central european african asian american
commons lords exchange reserve treasury board bureau program programme project initiative plan fund
museum library zoo prize award awards strategies consulting classic slam prix masters marathon derby trophy
series bowl rally tour day capitol dow index act bill law treaty accord agreement protocol convention amendment
brothers research partnership chamber electric caucus system order orders shoal reef poll memorial nation
show debates debate
security health defense defence affairs relations
`);

/** Media outlets and agencies: a capitalised chunk ending here reports rather than speaks. */
export const MEDIA = set(`
reuters ap afp upi tass xinhua bloomberg cnn bbc nbc abc cbs fox msnbc npr pbs ynet haaretz aljazeera jazeera
associated press agence france-presse dpa ansa efe epa kyodo yonhap itar-tass ria novosti interfax sputnik
times post journal herald tribune gazette telegraph guardian independent economist politico axios
star sowetan dawn daily news ${MASTHEADS}
`);

/** Organisation acronyms → full names. */
export const ORG_ACRONYMS: Map<string, string> = new Map(
  `WHO=World Health Organization;IMF=International Monetary Fund;UN=United Nations;U.N.=United Nations;
EU=European Union;NATO=NATO;IAEA=International Atomic Energy Agency;OPEC=OPEC;WTO=World Trade Organization;
UNICEF=UNICEF;UNHCR=UNHCR;UNRWA=UNRWA;ICC=International Criminal Court;ICJ=International Court of Justice;
FBI=FBI;CIA=CIA;NSA=NSA;ECB=European Central Bank;FIFA=FIFA;IOC=International Olympic Committee;
OSCE=OSCE;ASEAN=ASEAN;AU=African Union;ECOWAS=ECOWAS;IDF=Israel Defense Forces;PLO=PLO;PA=Palestinian Authority;
SEC=SEC;FDA=FDA;CDC=CDC;NHS=NHS;BOJ=Bank of Japan;RBI=Reserve Bank of India;FED=Federal Reserve`
    .split(";")
    .map((r) => r.trim().split("=") as [string, string]),
);

/** Party adjectives/nouns: "Liberal MP" represents the Liberal Party. Lower-case. */
export const PARTY_WORDS = set(`
liberal liberals conservative conservatives tory tories labour labor democrat democrats democratic republican
republicans green greens socialist socialists communist communists likud ndp bjp anc umno pml pti ppp snp gop
`);

/** Nouns that describe a company when used with "the" ("the company said"). */
/** Last words of a company's name ("Tyvak Nano-Satellite Systems", "Harbor Holdings"), besides legal forms. */
export const COMPANY_TAILS = set(`
company companies corporation corp inc ltd llc plc co group holdings industries airlines airways motors systems
technologies partners capital securities investments ventures resources petroleum mining pharmaceuticals
`);

export const COMPANY_NOUNS = set(`
company firm group maker producer manufacturer carrier lender bank retailer insurer airline automaker
chipmaker drugmaker giant conglomerate operator business brokerage developer supplier startup
co-operative cooperative utility broker
`);

/** Nouns heading an unnamed or collective source ("an official", "Israeli sources"). */
export const SOURCE_NOUNS = set(`
official officials source sources spokesman spokeswoman spokesperson diplomat diplomats authorities
government ministry military army police statement report reports media outlet outlets agency
analysts analyst experts witnesses residents observers negotiators mediators officers people person
commission committee council court party office embassy kremlin department administration family relatives
audit audits study studies survey surveys review inquiry investigation probe analysis
`);
