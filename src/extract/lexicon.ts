/**
 * Compact word lists the engine reads with. Everything is written by hand as space-separated
 * strings (cheap to ship, cheap to parse once) and turned into Sets/Maps on first import.
 * Keys are lower-case and diacritic-folded (see normalize.ts) unless stated otherwise.
 */

const set = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Titles that may stand directly before a name ("President", "Sen.", "Gen."). Lower-case, the
 *  trailing period of abbreviations removed. Multi-word titles are matched word by word because
 *  every word of them is itself in this set or in ROLE_NOUNS. */
export const TITLES = set(`
mr mrs ms miss mx dr doctor prof professor sir dame lord lady madam mme mlle herr
president vice prime premier minister ministers secretary chancellor governor gov mayor senator sen senators
representative rep congressman congresswoman congressmember speaker chairman chairwoman chair chairperson
ambassador envoy consul commissioner commander commandant general gen lt lieutenant col colonel maj major
capt captain cpt sgt sergeant cpl corporal pvt private adm admiral brig brigadier marshal field
justice judge magistrate attorney prosecutor sheriff inspector superintendent supt constable officer chief
king queen prince princess crown emir sheikh sheik sultan shah ayatollah imam rabbi pope cardinal archbishop
bishop reverend rev father pastor mufti patriarch deputy acting interim former ex state foreign interior
defence defense finance treasury health justice economy trade home labour labor education energy agriculture
transport environment culture information communications security affairs development planning
director ceo cfo coo cto cmo chief executive executives founder cofounder co-founder chairman managing partner
mp mps mep mla mpp lawmaker legislator councillor councilor alderman coach manager
spokesman spokeswoman spokesperson principal accounting operating financial technology
leader head dep assemblyman assemblywoman delegate president-elect sens reps govs
`);

/** Nouns (lower-case, singular and plural) that name an office, job or public function; they
 *  mark a following or preceding name as a person and supply its role. */
export const ROLE_NOUNS = set(`
president presidents minister ministers premier chancellor secretary secretaries governor governors mayor mayors
senator senators lawmaker lawmakers legislator legislators mp mps mep meps congressman congresswoman
representative representatives deputy deputies speaker ambassador ambassadors envoy envoys diplomat diplomats
consul official officials spokesman spokeswoman spokesperson spokespeople spokesmen adviser advisers advisor
advisors aide aides counsellor counselor negotiator negotiators commissioner commissioners chief chiefs head
heads director directors director-general directorgeneral chairman chairwoman chair chairperson ceo cfo coo cto
executive executives officer officers president-elect candidate candidates nominee leader leaders
general generals commander commanders colonel major captain lieutenant sergeant admiral marshal
judge judges justice magistrate prosecutor prosecutors attorney-general attorney attorneys lawyer lawyers
counsel solicitor barrister sheriff inspector superintendent constable policeman policewoman
king queen prince princess emir sheikh sultan monarch ruler pope cardinal archbishop bishop imam rabbi cleric
treasurer treasurer-general secretary-general undersecretary under-secretary regulator governor-general
founder co-founder owner partner chairman economist economists analyst analysts strategist strategists
reporter reporters correspondent correspondents journalist journalists editor editors photographer photographers
columnist columnists writer writers author authors researcher researchers professor professors scientist
scientists expert experts academic historian activist activists campaigner protester protesters resident residents
witness witnesses student students teacher doctor doctors nurse survivor victim farmer worker workers
coach manager striker midfielder defender goalkeeper player players captain skipper batsman bowler driver rider
champion boxer golfer runner trainer accountant wing left-back right-back centre-back full-back fullback
quarterback pitcher catcher outfielder shortstop jockey teenager actress actor singer rapper comedian host anchor
pastor preacher musician filmmaker mother voter voters parent shopper passenger neighbour neighbor relative widow
friend homeowner retiree pensioner volunteer organiser organizer businessman businesswoman entrepreneur investor
consultant
mayor-elect vice-president vice-chairman mla mpp councillor councilor alderman delegate
hopeful hopefuls contender contenders challenger frontrunner front-runner incumbent figure
`);

/** Role words whose holders are not officials (journalists, outside experts, private people). */
export const NON_OFFICIAL_ROLES = set(`
reporter reporters correspondent correspondents journalist journalists editor editors photographer photographers
columnist columnists writer writers author authors researcher researchers professor professors scientist
scientists expert experts academic historian activist activists campaigner protester protesters resident residents
witness witnesses student students teacher nurse survivor victim farmer worker workers economist economists
analyst analysts strategist strategists lawyer lawyers attorney attorneys counsel solicitor barrister
photo photos image images credit byline fan fans mother voter voters parent shopper passenger neighbour neighbor
relative widow friend homeowner retiree pensioner volunteer organiser organizer businessman businesswoman entrepreneur
investor consultant driver teenager actress actor singer rapper comedian host anchor musician filmmaker
`);

/** Lower-case words that may sit inside a role phrase before a name ("former federal territories
 *  minister", "senior advisers"). Capitalised words are accepted separately. */
export const ROLE_MODIFIERS = set(`
former ex senior junior deputy acting interim chief top foreign federal state provincial regional local
national international opposition ruling incumbent outgoing incoming retired veteran longtime long-time
then current new newly appointed elected presidential prime vice principal assistant associate special
general military defence defense finance trade health justice interior home economy economic energy
territories affairs security intelligence police army navy air force party government administration
cabinet junior first second third lead leading chief executive financial operating press communications
company independent brokerage bank campaign republican democratic liberal conservative labour
`);

/** Words that make a capitalised chunk an organisation, a building, an event or a place. */
export const ORG_WORDS = set(`
ministry ministries department office agency authority authorities commission committee council court courts
parliament congress senate assembly house cabinet government administration party union league alliance
front movement coalition organisation organization association federation institute institution foundation
university college school academy hospital clinic bank fund trust group holdings corporation corp inc ltd llc plc
co company companies industries airlines airways motors systems technologies media news press times post
spa ag nv sa bv gmbh oyj bhd tbk pte sae kk plc ltda sas srl holding holdings partners capital securities
investments ventures resources energy petroleum oil gas mining mines metals steel chemicals pharmaceuticals
rangers united athletic wanderers rovers city town albion sox yankees mets dodgers giants
journal herald tribune gazette telegraph guardian review network channel radio television tv broadcasting
service services forces force army navy corps brigade regiment police guard guards command unit division
conference summit forum festival games olympics cup championship championships open tournament league
centre center hall palace tower square street road avenue bridge airport station port stadium arena
church mosque temple cathedral club fc united city county province state states republic kingdom emirates
island islands strip bank valley river sea ocean gulf mountains mountain hills lake coast region district
world international national global federal central european african asian american
commons lords exchange reserve treasury board bureau program programme project initiative plan fund
museum library zoo prize award awards strategies consulting classic slam prix masters marathon derby trophy
series bowl rally tour day capitol dow index act bill law treaty accord agreement protocol convention amendment
show debates debate
security health defense defence affairs relations
`);

/** Media outlets and agencies: a capitalised chunk ending here reports rather than speaks. */
export const MEDIA = set(`
reuters ap afp upi tass xinhua bloomberg cnn bbc nbc abc cbs fox msnbc npr pbs ynet haaretz aljazeera jazeera
associated press agence france-presse dpa ansa efe epa kyodo yonhap itar-tass ria novosti interfax sputnik
times post journal herald tribune gazette telegraph guardian independent economist politico axios
star sowetan dawn daily news
`);

/** Lower-case function and common words that are capitalised only at the start of a sentence or in
 *  headings; a chunk made only of these is never a name. */
export const COMMON_CAPS = set(`
a an the this that these those there here it its he she they we i you his her their our your my me him them us
and or but nor so yet for of in on at by to from with without within into onto over under after before during
since until while when where why how what who whom whose which whether if though although because as than then
also only just even still already again not no yes all any some many most more much few each every both either
neither other another such same own very too quite rather however meanwhile moreover furthermore thus hence
therefore instead otherwise indeed perhaps maybe about above across against along among around behind below
beneath beside besides between beyond down inside near off out outside through throughout toward towards up upon
via despite unlike like according following including regarding concerning per amid amidst
is are was were be been being am do does did done has have had having will would shall should can could may might
must let lets get gets got make makes made say says said tell told ask asked
one two three four five six seven eight nine ten first second third last next new old big great good bad
today yesterday tomorrow tonight now later earlier soon once twice ever never always often sometimes
mr mrs ms dr st no yes ok okay oh
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december jan feb mar apr jun jul aug sep sept oct nov dec
spring summer autumn fall winter christmas easter ramadan eid
breaking update updated live watch read listen video photo photos image images gallery view views caption
credit source sources file getty reporting editing writing additional advertisement comments share subscribe
talks back speaking asked asking report reports reported officials official police people members sides
speaking sign signs news latest top more related topics story stories opinion analysis explainer
thank thanks please dear hello hi welcome congratulations sorry universe catholic orthodox protestant muslim
jewish islamic hindu buddhist sunni shiite shia
says goes speaks calls wins takes makes gets slams blasts rips hits urges warns backs faces meets sees asks tells vows
plans seeks defends denies admits claims accuses praises attacks leads leaves joins returns signs rejects endorses
unveils announces launches slams sparks sends opens closes hails lashes pushes pulls drops adds cuts raises
refuses reveals insists concedes dismisses mocks questions blames responds doubles stands stumps touts trolls loses
trails surges quits resigns fires hires picks taps nominates pardons vetoes threatens predicts suggests explains
addresses visits tours campaigns rallies courts woos scolds knocks bashes torches ramps softens hardens
`);

/** Lower-case particles that may sit inside a person's name between capitalised parts. */
export const NAME_PARTICLES = set(`
al el bin ibn bint ben abu van von der den de da das dos du di del della delle des la le ter ten zu zum wa dal dei degli
`);

/** Particle prefixes written with a hyphen before a capitalised part ("al-Ansari", "el-Sisi"). */
export const HYPHEN_PARTICLES = set("al el ad as ash at az an ar bin ibn abu ben de d");

/** Communication verbs, surface form → lemma. Forms used as cue words for attribution. */
export const SPEECH_VERBS: Map<string, string> = (() => {
  const m = new Map<string, string>();
  const add = (lemma: string, forms: string) => {
    for (const f of forms.split(" ")) m.set(f, lemma);
  };
  add("say", "say says said saying");
  add("tell", "tell tells told telling");
  add("add", "add adds added adding");
  add("claim", "claim claims claimed claiming");
  add("confirm", "confirm confirms confirmed confirming");
  add("stress", "stress stresses stressed stressing");
  add("note", "note notes noted noting");
  add("argue", "argue argues argued arguing");
  add("announce", "announce announces announced announcing");
  add("report", "report reports reported reporting");
  add("warn", "warn warns warned warning");
  add("urge", "urge urges urged urging");
  add("call", "called calls calling dubbed branded labelling labeling describing");
  add("demand", "demand demands demanded demanding");
  add("ask", "ask asks asked asking");
  add("instruct", "instruct instructs instructed instructing");
  add("direct", "directed");
  add("question", "questioned");
  add("describe", "describe describes described describing");
  add("label", "labelled labeled labels");
  add("accuse", "accuse accuses accused accusing");
  add("insist", "insist insists insisted insisting");
  add("maintain", "maintains maintained");
  add("explain", "explain explains explained explaining");
  add("state", "stated states");
  add("declare", "declare declares declared declaring");
  add("write", "wrote writes");
  add("tweet", "tweeted tweets");
  add("post", "posted");
  add("signal", "signaled signalled signals");
  add("indicate", "indicated indicates");
  add("suggest", "suggested suggests");
  add("acknowledge", "acknowledged acknowledges");
  add("admit", "admitted admits");
  add("deny", "denied denies");
  add("reiterate", "reiterated reiterates");
  add("emphasize", "emphasized emphasised emphasizes emphasises");
  add("underline", "underlined underscored");
  add("estimate", "estimated");
  add("predict", "predicted predicts");
  add("promise", "promised promises");
  add("vow", "vowed vows");
  add("pledge", "pledged pledges");
  add("threaten", "threatened");
  add("allege", "alleged alleges");
  add("observe", "observed");
  add("remark", "remarked");
  add("reply", "replied");
  add("respond", "responded");
  add("answer", "answered");
  add("recall", "recalled");
  add("comment", "commented");
  add("conclude", "concluded");
  add("disclose", "disclosed");
  add("reveal", "revealed");
  add("assert", "asserted asserts");
  add("contend", "contended");
  add("complain", "complained");
  add("boast", "boasted");
  add("predict", "forecast");
  add("inform", "informed");
  add("brief", "briefed");
  add("testify", "testified");
  // speech acts that only attribute a quotation (no reported clause): used for direct quotes
  add("speech-act", "thanked praised criticized criticised blasted slammed attacked dismissed mocked hailed welcomed " +
    "condemned joked quipped lamented apologized apologised chided scolded ridiculed derided lambasted touted " +
    "thanking praising criticizing criticising blasting slamming attacking dismissing mocking hailing condemning joking");
  return m;
})();

/** Cue verbs that take an object before their content ("told reporters that", "asked the court
 *  not to", "instructed his team not to"). */
export const OBJECT_VERBS = set("tell ask instruct direct urge inform brief warn accuse call remind");

/** Cue verbs whose content is a request or an object phrase rather than a clause. */
export const REQUEST_VERBS = set("ask instruct direct urge call demand");

/** Words that may sit between a subject and its cue verb ("also said", "had earlier warned"). */
export const VERB_FILLERS = set(`
also has have had will would could may might did does do again later earlier then further previously
already repeatedly once publicly privately separately reportedly allegedly initially recently subsequently
this month week year last and not never just only
`);

/** Words that may follow a cue verb before its content ("said on Thursday that"). */
export const ADJUNCT_WORDS = set(`
on in at during after before late early earlier last this next that week month year day night morning
afternoon evening today yesterday tuesday monday wednesday thursday friday saturday sunday
statement interview press conference briefing television radio broadcast speech message post posts
a an the his her their its publicly privately separately
`);

export const PRONOUNS_PERSON = set("he she him her his hers");
export const PRONOUNS_PLURAL = set("they them their we");

/** Countries (folded) → canonical name; demonyms and capitals map to their country. */
export const PLACE_TO_COUNTRY: Map<string, string> = (() => {
  const m = new Map<string, string>();
  // country|demonym,demonym|capital,capital
  const rows = `
Afghanistan|afghan|kabul;Albania|albanian|tirana;Algeria|algerian|algiers;Angola|angolan|luanda;Argentina|argentine,argentinian|buenos aires;
Armenia|armenian|yerevan;Australia|australian|canberra;Austria|austrian|vienna;Azerbaijan|azerbaijani,azeri|baku;
Bahrain|bahraini|manama;Bangladesh|bangladeshi|dhaka;Belarus|belarusian,belarussian|minsk;Belgium|belgian|brussels;
Bolivia|bolivian|la paz;Bosnia|bosnian|sarajevo;Brazil|brazilian|brasilia;Bulgaria|bulgarian|sofia;Burkina Faso|burkinabe|ouagadougou;
Cambodia|cambodian|phnom penh;Cameroon|cameroonian|yaounde;Canada|canadian|ottawa;Chad|chadian|n'djamena;Chile|chilean|santiago;
China|chinese|beijing;Colombia|colombian|bogota;Congo|congolese|kinshasa;Croatia|croatian|zagreb;Cuba|cuban|havana;
Cyprus|cypriot|nicosia;Czech Republic|czech|prague;Denmark|danish,dane|copenhagen;Ecuador|ecuadorian|quito;Egypt|egyptian|cairo;
Estonia|estonian|tallinn;Ethiopia|ethiopian|addis ababa;Finland|finnish,finn|helsinki;France|french|paris;Georgia|georgian|tbilisi;
Germany|german|berlin;Ghana|ghanaian|accra;Greece|greek|athens;Guatemala|guatemalan;Guinea|guinean|conakry;Haiti|haitian|port-au-prince;
Hungary|hungarian|budapest;India|indian|new delhi,delhi;Indonesia|indonesian|jakarta;Iran|iranian|tehran;Iraq|iraqi|baghdad;
Ireland|irish|dublin;Israel|israeli|jerusalem,tel aviv;Italy|italian|rome;Ivory Coast|ivorian|abidjan;Japan|japanese|tokyo;
Jordan|jordanian|amman;Kazakhstan|kazakh|astana;Kenya|kenyan|nairobi;Kosovo|kosovar|pristina;Kuwait|kuwaiti;Kyrgyzstan|kyrgyz|bishkek;
Latvia|latvian|riga;Lebanon|lebanese|beirut;Libya|libyan|tripoli;Lithuania|lithuanian|vilnius;Malaysia|malaysian|kuala lumpur,putrajaya;
Mali|malian|bamako;Malta|maltese|valletta;Mexico|mexican|mexico city;Moldova|moldovan|chisinau;Mongolia|mongolian|ulaanbaatar;Morocco|moroccan|rabat;
Mozambique|mozambican|maputo;Myanmar|burmese|naypyitaw,yangon;Nepal|nepali,nepalese|kathmandu;Netherlands|dutch|amsterdam,the hague;
New Zealand|kiwi|wellington;Nicaragua|nicaraguan|managua;Niger|nigerien|niamey;Nigeria|nigerian|abuja,lagos;North Korea|north korean|pyongyang;
Norway|norwegian|oslo;Oman|omani|muscat;Pakistan|pakistani|islamabad;Palestine|palestinian|ramallah;Panama|panamanian;
Peru|peruvian|lima;Philippines|philippine,filipino|manila;Poland|polish,pole|warsaw;Portugal|portuguese|lisbon;Qatar|qatari|doha;
Romania|romanian|bucharest;Russia|russian|moscow,kremlin;Rwanda|rwandan|kigali;Saudi Arabia|saudi|riyadh;Senegal|senegalese|dakar;
Serbia|serbian,serb|belgrade;Singapore|singaporean;Slovakia|slovak|bratislava;Slovenia|slovenian|ljubljana;Somalia|somali|mogadishu;
South Africa|south african|pretoria,johannesburg,cape town;South Korea|south korean,korean|seoul;South Sudan|south sudanese|juba;
Spain|spanish|madrid;Sri Lanka|sri lankan|colombo;Sudan|sudanese|khartoum;Sweden|swedish,swede|stockholm;Switzerland|swiss|bern,geneva;
Syria|syrian|damascus;Taiwan|taiwanese|taipei;Tajikistan|tajik|dushanbe;Tanzania|tanzanian|dodoma;Thailand|thai|bangkok;
Tunisia|tunisian|tunis;Turkey|turkish,turk|ankara,istanbul;Turkmenistan|turkmen;Uganda|ugandan|kampala;Ukraine|ukrainian|kyiv,kiev;
United Arab Emirates|emirati|abu dhabi,dubai;United Kingdom|british,briton|london,downing street,whitehall;
United States|american|washington,white house,pentagon;Uruguay|uruguayan|montevideo;Uzbekistan|uzbek|tashkent;
Venezuela|venezuelan|caracas;Yugoslavia|yugoslav|;Vietnam|vietnamese|hanoi;Yemen|yemeni|sanaa;Zambia|zambian|lusaka;Zimbabwe|zimbabwean|harare;
Europe|european|;Africa|african|;Asia|asian|;Gaza|gazan|;West Bank||;Hong Kong||;Iceland|icelandic|reykjavik;Scotland|scottish|edinburgh;
Wales|welsh|cardiff;England|english|;Sudan||;Belize||;Jamaica|jamaican|kingston;Fiji|fijian|suva;Tibet|tibetan|lhasa`;
  for (const row of rows.split(";")) {
    const [country, dem, caps] = row.trim().split("|");
    if (!country) continue;
    m.set(country.toLowerCase(), country);
    for (const d of (dem ?? "").split(",")) if (d) m.set(d, country);
    for (const c of (caps ?? "").split(",")) if (c) m.set(c, country);
  }
  const aliases: Array<[string, string]> = [
    ["us", "United States"],
    ["u.s", "United States"],
    ["u.s.", "United States"],
    ["usa", "United States"],
    ["u.s.a.", "United States"],
    ["america", "United States"],
    ["united states", "United States"],
    ["uk", "United Kingdom"],
    ["u.k.", "United Kingdom"],
    ["u.k", "United Kingdom"],
    ["britain", "United Kingdom"],
    ["great britain", "United Kingdom"],
    ["uae", "United Arab Emirates"],
    ["turkiye", "Turkey"],
    ["holland", "Netherlands"],
    ["burma", "Myanmar"],
    ["soviet", "Russia"],
    ["persian", "Iran"],
    ["kiwis", "New Zealand"],
    ["czechia", "Czech Republic"],
    ["ivory", "Ivory Coast"],
    ["new york", "United States"],
    ["los angeles", "United States"],
    ["san francisco", "United States"],
    ["san diego", "United States"],
    ["las vegas", "United States"],
    ["new orleans", "United States"],
    ["st louis", "United States"],
    ["sao paulo", "Brazil"],
    ["hong kong", "China"],
    ["buenos aires", "Argentina"],
    ["tel aviv", "Israel"],
    ["ben gurion", "Israel"],
    ["victoria falls", "Zimbabwe"],
  ];
  for (const [k, v] of aliases) m.set(k, v);
  return m;
})();

/** Single capitalised words that are places but not countries; they stop a chunk being a name. */
export const PLACES = set(`
gaza jerusalem westminster washington brussels geneva davos munich sochi minsk donetsk luhansk crimea kharkiv
odesa odessa mariupol aleppo idlib raqqa mosul kirkuk basra benghazi rafah yunis sinai golan hebron
nablus jenin ramallah bethlehem aviv haifa sharm wuhan hubei hong kong macau shanghai shenzhen
new york california texas florida ohio michigan pennsylvania georgia arizona nevada virginia carolina
wisconsin minnesota iowa colorado oregon illinois massachusetts chicago boston seattle london paris berlin
rome madrid moscow kyiv kiev beijing tokyo delhi mumbai karachi lahore islamabad dhaka kabul tehran baghdad
damascus beirut amman cairo riyadh doha dubai abu dhabi ankara istanbul athens vienna warsaw prague budapest
ottawa toronto montreal vancouver quebec ontario alberta manitoba saskatchewan nanaimo b.c. sydney melbourne
canberra auckland wellington johannesburg pretoria nairobi lagos abuja accra dakar conakry kinshasa addis
kuala lumpur putrajaya singapore jakarta manila bangkok hanoi seoul pyongyang taipei
north south east west northern southern eastern western central middle far near upper lower
europe asia africa america americas oceania arctic antarctica atlantic pacific mediterranean caribbean
kashmir punjab sindh balochistan bavaria catalonia kurdistan darfur tigray donbas donbass kherson zaporizhzhia
chechnya dagestan grozny korea bonn frankfurt hamburg cologne stuttgart dusseldorf leipzig dresden marino
puerto rico angeles vegas orleans detroit atlanta dallas houston miami denver phoenix philadelphia
baltimore pittsburgh cleveland cincinnati milwaukee minneapolis kansas missouri tennessee kentucky alabama
louisiana mississippi arkansas oklahoma utah idaho montana wyoming dakota nebraska vermont maine hampshire jersey
connecticut delaware maryland hawaii alaska manchester liverpool birmingham leeds glasgow belfast bristol newcastle
milan turin naples florence venice genoa lyon marseille toulouse nice bordeaux barcelona seville valencia bilbao
lisbon porto rotterdam antwerp zurich basel lausanne salzburg krakow gdansk st petersburg novosibirsk volgograd
vladivostok chelyabinsk yekaterinburg kazan samara rostov sevastopol lviv dnipro zagreb sarajevo skopje tirana
kosovo bosnia serbia montenegro macedonia transylvania anatolia izmir antalya tabriz isfahan mashhad basra
peshawar quetta rawalpindi multan faisalabad kolkata calcutta chennai madras bangalore hyderabad ahmedabad
kerala bengal gujarat bihar assam rangoon mandalay saigon phnom penh jakarta surabaya bali cebu mindanao
osaka kyoto yokohama nagoya kobe hiroshima fukushima okinawa busan incheon guangzhou tianjin chongqing nanjing
xinjiang tibet taiwan macau lagos kano ibadan mombasa kampala harare durban soweto luanda khartoum darfur
tripoli benghazi tunis algiers casablanca marrakesh dakar bamako niamey ndjamena abidjan monrovia freetown
bogota medellin lima quito caracas valparaiso montevideo asuncion janeiro brasilia
recife havana kingston panama managua tegucigalpa guatemala juarez tijuana guadalajara monterrey
caribbean balkans baltic caucasus sahara sahel scandinavia siberia patagonia andes himalayas alps
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
republicans green greens socialist socialists communist communists likud ndp bjp anc umno pml pti ppp snp
`);

/** Governmental offices whose holder, without another clue, acts for the article's country. */
export const GOV_ROLES = set(`
president prime premier minister chancellor secretary governor mayor senator lawmaker legislator mp mps
congressman congresswoman representative speaker ambassador envoy diplomat king queen emir sultan monarch
justice judge magistrate prosecutor attorney-general general commander colonel admiral police
`);

/** Corporate offices: the holder acts for the company the article is about. */
export const CORP_ROLES = set(`
ceo cfo coo cto cmo executive executives chairman chairwoman founder co-founder officer officers
accounting managing controller
`);

/** Lower-case forms of "X Minister" subjects → ministry names. */
export const MINISTRY_SUBJECTS = set(`
finance foreign defence defense interior health education trade economy energy justice labour labor
agriculture transport environment culture information communications home treasury industry tourism
`);

/** Nouns that describe a company when used with "the" ("the company said"). */
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
commission committee council court party office embassy kremlin department administration
`);

/** Months, for dates next to numbers. */
export const MONTHS = set(`january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec`);

/** Abbreviations that keep their period inside the token. */
export const ABBREVIATIONS = set(`
mr mrs ms dr prof sen gen rep gov lt col maj capt sgt cpl pvt adm brig gen supt insp st jr sr rev hon pres sens reps govs gens
no nos vs etc inc corp co ltd llc plc jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave blvd dept
univ est approx fig al cmdr cdr det atty
`);

/** Short titles written with a period that never end a sentence. */
export const NON_FINAL_ABBREVIATIONS = set(
  "mr mrs ms dr prof sen gen rep gov lt col maj capt sgt cpl pvt adm brig supt insp st rev hon pres no cmdr cdr det atty sens reps govs gens",
);

/** Compact first-name list (lower-case, folded): a cue that a capitalised chunk is a person. */
export const FIRST_NAMES = set(`
aaron abby abdul abdullah abdulla abdel abdallah abdulaziz abdulrahman abe abel abhishek abigail abraham adam adama
adel adele adil adnan adrian adriana adrienne afzal agnes ahmad ahmed ahmet aisha akbar akira al alain alan alastair
albert alberto alec alejandro aleksandr aleksander aleksandar alessandro alex alexander alexandra alexandre alexandr
alexei alexey alexis alfonso alfred alfredo ali alice alicia alina alisha alison alistair allan allen allison alma
alok alpha alvaro amal amanda amber amelia amin amina amir amit amy ana anand anastasia anders andre andrea andreas
andrei andres andrew andrey andrzej andy angel angela angelica angelina angelo angus anil anita ann anna anne
annette annie anthony antoine anton antonio antony anwar april arash archie ariel arjun arnold arthur arturo arun
arvind ashley ashok ashraf asif aslan assad ataollah audrey aung austin ava avi avigdor avraham ayman ayse ayesha
barack barbara barney barry bart basil bashar beatrice beatriz becky ben benedict benjamin benny bernard bernie
beth betty bill billy bob bobby bogdan boris brad bradley brandon brenda brendan brett brian bridget britney bruce
bruno bryan burak byron caitlin caleb calvin camela cameron camilla camille candace cara carl carla carlo carlos
carmen carol caroline carolyn carrie casey catherine cathy cecilia cedric celine chad chandra charles charlie
charlotte chen cheng chris christian christina christine christoph christophe christopher chuck cindy claire
clara clarence claude claudia clement cliff clifford clint clive colin connie connor conrad constance corey
cory craig cristina cynthia dai daisy dale dalia damian damien dan dana daniel daniela danielle danny dante daria
dario darius darren darryl daryl dave david dawn dean debbie deborah declan deepak delia denis denise dennis derek
desmond devon diana diane diego dilma dimitri dimitris dina dmitri dmitry dominic dominique don donald donna
doris doug douglas duncan dustin dwayne dylan earl ed eddie edgar edith edmund eduardo edward edwin ehud eileen
elaine eleanor elena eli elias elijah elisabeth elise eliza elizabeth ella ellen elliot elliott eloise elon
elsa emile emily emma emmanuel enrique eric erica erik erin ernest ernesto esther ethan eugene eva evan evelyn
ewa fabian fahad faisal farah farid farouk fatima fawad felipe felix fernando fiona florence francesca frances
francesco francis francisco franco frank frankie franz fred freddie frederick fumio gabriel gabriela gabrielle
gail gareth garry gary gavin geert gemma gene geoff geoffrey george georgia gerald gerard gerhard gianni gideon
gilbert gina giorgia giorgio giovanni gisele giuseppe glen glenn gloria gordon grace graham grant greg gregory
greta guillaume gustavo guy hadi hai haider hakan hal hamad hamid hamza han hana hannah hans harold harriet
harry harvey hasan hassan hayley heather hector heidi heinz helen helena helmut henri henrik henry herbert
hillary hiroshi hoang horst hossein howard hu hubert hugh hugo hussein ian ibrahim igor ilham ilya imran ines
ingrid irene iris irina isaac isabel isabella isabelle ishaq ismail israel ivan ivanka jack jackie jackson jacob
jacqueline jacques jaime jake james jamie jan jane janet janice jared jason javier javad jay jean jeanne jeff
jeffrey jennifer jenny jens jeremy jerome jerry jesse jessica jesus jill jim jimmy jin jo joan joanna joanne joao
joe joel johan johann johannes john johnny jon jonas jonathan jordan jorge jose josef joseph josh joshua joyce
juan judith judy julia julian juliana julie julien juliet julio jun justin kai kamala kang karen karim karin karl
kate katherine kathleen kathryn kathy katie kay keir keith kelly ken kenji kenneth kerry kevin khalid khalil kim
kimberly kirk klaus kofi kristen kristi kristin kurt kyle lamar lara larry laura lauren laurence laurent lee leila
lena leo leon leonard leonardo leslie liam lily lin linda lindsey lisa liu liz lloyd logan lois lorenzo lori
louis louise luc luca lucas lucia lucy luis luiz luke lyndon maciej madeleine madison magdalena maggie mahmoud
mahmood majed majid malcolm paulo malik mamadi manuel marc marcel marco marcus margaret margarita margot maria mariam
marian marie marina mario marion marisa mark marko marta martha martin marty mary maryam masood matt matteo
matthew matthias maureen maurice max maxim maxime maya mehmet melania melanie melissa mette michael michal
michel michele michelle miguel mike mikhail milan miles miriam mitch mitt mohamed mohammad mohammed mohammad
moshe muhammad murat mustafa nabil nadia nadine naftali nancy naomi narendra nasser natalia natalie natasha
nathan nathaniel navid neil nelson nicholas nick nicola nicolas nicole nigel nikki nikita nikolai nina noah noel
nora norman nuri olaf olena oleg oleksandr olga oliver olivia omar oscar osman otto owen pablo paddy pam pamela
paolo park pat patricia patrick paul paula pauline pedro peggy penny pete peter petr petro phil philip philippe
phillip pierre piotr pooja pradeep prakash priti priya rachel rafael rahul raj rajesh ralph ram ramon ramzan
randy raphael rashid raul ray raymond rebecca recep reed reem reza ricardo richard rick ricky rishi rita rob
robert roberta roberto robin rocco rod rodrigo roger roland rolf roman ron ronald ronen rosa rose rosemary ross
roy ruby rudy rupert russell ruth ryan saad sabine sadiq saeed sahil said salah saleh salim sally salman sam
samantha sameh sami samir samuel sandra sanjay sara sarah sasha saud scott sean sebastian selena serena sergei
sergey sergio seth shahid shane shannon sharon shaun shawn sheikh sheila shehbaz sheryl shimon shinzo shirley
sidney silvia simon simone sofia sonia sophia sophie stanley stefan stefano stephanie stephen steve steven stuart
sue sultan sunil susan suzanne sven sylvia tahir takeshi tamara tammy tanya tara ted teresa terry tessa thabo
theo theodore theresa thierry thomas tiffany tim timothy tina toby todd tom tomas tommy toni tony tracy travis
trevor troy tyler uri ursula valentina valerie vanessa vasily vera veronica victor victoria vijay vikram vince
vincent viktor vivek vladimir volodymyr walter wang wayne wei wendy werner wes will william willie wilson wolfgang
xavier xi yair yasser yasmin yevgeny yitzhak yoav yoshihide yosef youssef yuri yusuf yves zac zach zachary zainab
zaid zeynep zhang zoe zoltan dick per asa pier gert virginia sophie ursula viktor olaf matteo gergely
abu ayatollah benazir nawaz shehbaz asim bilawal maryam imran arif anwar mahathir najib muhyiddin ismail tengku
cyril jacob thabo jacob kgalema julius bola muhammadu goodluck olusegun uhuru william raila paul yoweri abiy
emmerson robert hage nana kwame macky ali alassane laurent felix denis joao filipe jose luis lula jair javier
gustavo andres nayib claudia xiomara nicolas hugo evo rafael lenin ivan sebastian mauricio alberto cristina
`);

/** The lexicon word for a token: lower-case, folded, trailing period removed. */
export function lexKey(s: string): string {
  let t = s.toLowerCase();
  if (t.endsWith(".") && t.indexOf(".") === t.length - 1) t = t.slice(0, -1);
  return t;
}

/** Female first names among FIRST_NAMES (folded), for "she" vs "he"; everything else in
 *  FIRST_NAMES is read as male except the ambiguous ones. */
export const FEMALE_NAMES = set(`
abby abigail adele adriana adrienne agnes aisha alexandra alice alicia alina alisha alison allison alma amal amanda
amber amelia amina amy ana anastasia andrea angela angelica angelina anita ann anna anne annette annie april audrey
ava ayse ayesha barbara beatrice beatriz becky benazir beth betty bridget britney caitlin camela camilla camille
candace cara carla carmen carol caroline carolyn carrie catherine cathy cecilia celine charlotte christina christine
cindy claire clara claudia connie constance cristina cynthia daisy dalia dana daniela danielle daria dawn debbie
deborah delia denise diana diane dilma dina dominique donna doris edith eileen elaine eleanor elena elisabeth elise
eliza elizabeth ella ellen eloise elsa emily emma erica erin esther eva evelyn ewa farah fatima fiona florence
francesca frances gabriela gabrielle gail gemma georgia gina giorgia gisele gloria grace greta hana hannah harriet
hayley heather heidi helen helena hillary ines ingrid irene iris irina isabel isabella isabelle ivanka jackie
jacqueline jane janet janice jeanne jennifer jenny jessica jill joan joanna joanne josephine joyce judith judy julia
juliana julie juliet kamala karen karin kate katherine kathleen kathryn kathy katie kay kimberly kristen kristi
kristin lara laura lauren leila lena lily linda lindsey lisa liz lois lori louise lucia lucy madeleine madison
magdalena maggie margaret margarita margot maria mariam marian marie marina marion marisa marta martha mary maryam
maureen maya megan melania melanie melissa mette michelle miriam nadia nadine nancy naomi natalia natalie natasha
nicola nicole nikki nina nora olena olga olivia pam pamela patricia paula pauline peggy penny pooja priti priya
rachel rebecca reem rita roberta rosa rose rosemary ruby ruth sabine sally samantha sandra sara sarah selena serena
sharon sheila sheryl shirley silvia simone sofia sonia sophia sophie stephanie sue susan suzanne sylvia tamara tammy
tanya tara teresa tessa theresa tiffany tina toni tracy ursula valentina valerie vanessa vera veronica victoria
wendy yasmin zainab zeynep zoe claudia cristina xiomara hillary melania ivanka nikki kamala
`);

/** First names used for both men and women: no gender cue. */
export const UNISEX_NAMES = set(
  "jordan casey kelly robin jean lee kim jo pat sam alex sasha taylor jamie morgan leslie dana chris terry toni",
);

/*
 * Lexicon flags: for every key of the lists above, one bit per list it belongs to. The tokenizer
 * looks a word's key up here once (Token.f), so the per-token tests of the chunker, the name test
 * and the cue finder are bit tests on the token rather than one set look-up per list.
 * `(t.f & LX_TITLE) !== 0` is exactly `TITLES.has(t.key)`.
 */
export const LX_COMMON_CAPS = 1;
export const LX_TITLE = 1 << 1;
export const LX_ROLE = 1 << 2;
export const LX_ORG = 1 << 3;
export const LX_MONTH = 1 << 4;
export const LX_FIRST_NAME = 1 << 5;
/** a key of PLACE_TO_COUNTRY (country, demonym or capital) */
export const LX_COUNTRY = 1 << 6;
export const LX_PLACE = 1 << 7;
export const LX_MEDIA = 1 << 8;
export const LX_COMPANY = 1 << 9;
/** a key of SPEECH_VERBS */
export const LX_SPEECH = 1 << 10;
export const LX_PARTICLE = 1 << 11;
/** the first word of a PLACE_TO_COUNTRY key of several words ("new" of "new york") */
export const LX_COUNTRY_FIRST = 1 << 12;

// The flags live in an open-addressing table keyed by a string hash the tokenizer computes while
// it scans a word (lexHash below, one multiply-add per character): a look-up then costs a few array
// reads and one string comparison on a hit, where a Map look-up with a freshly sliced key first has
// to hash that string in the runtime.
const LEX_SIZE = 1 << 14;
const LEX_MASK = LEX_SIZE - 1;
const lexKeys: string[] = new Array<string>(LEX_SIZE).fill("");
const lexHashes = new Int32Array(LEX_SIZE);
const lexVals = new Int32Array(LEX_SIZE);

/** The hash the flag table is keyed by: h = h·31 + code over the UTF-16 code units, in 32 bits. */
export function lexHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

function slotOf(key: string, h: number): number {
  let i = (h ^ (h >>> 14)) & LEX_MASK;
  while (lexVals[i] !== 0 && !(lexHashes[i] === h && lexKeys[i] === key)) i = (i + 1) & LEX_MASK;
  return i;
}

function markLex(keys: Iterable<string>, bit: number): void {
  for (const k of keys) {
    const h = lexHash(k);
    const i = slotOf(k, h);
    lexKeys[i] = k;
    lexHashes[i] = h;
    lexVals[i] = lexVals[i]! | bit;
  }
}
markLex(COMMON_CAPS, LX_COMMON_CAPS);
markLex(TITLES, LX_TITLE);
markLex(ROLE_NOUNS, LX_ROLE);
markLex(ORG_WORDS, LX_ORG);
markLex(MONTHS, LX_MONTH);
markLex(FIRST_NAMES, LX_FIRST_NAME);
markLex(PLACE_TO_COUNTRY.keys(), LX_COUNTRY);
markLex(PLACES, LX_PLACE);
markLex(MEDIA, LX_MEDIA);
markLex(COMPANY_NOUNS, LX_COMPANY);
markLex(SPEECH_VERBS.keys(), LX_SPEECH);
markLex(NAME_PARTICLES, LX_PARTICLE);
for (const k of PLACE_TO_COUNTRY.keys()) {
  const sp = k.indexOf(" ");
  if (sp > 0) markLex([k.slice(0, sp)], LX_COUNTRY_FIRST);
}

/** The lexicon flags (LX_*) of a key whose lexHash is h; 0 for a word in none of the lists. */
export function lexFlagsHashed(key: string, h: number): number {
  let i = (h ^ (h >>> 14)) & LEX_MASK;
  for (;;) {
    const v = lexVals[i]!;
    if (v === 0) return 0;
    if (lexHashes[i] === h && lexKeys[i] === key) return v;
    i = (i + 1) & LEX_MASK;
  }
}

/**
 * The table slot of the word text[s, e) read in lower case (ASCII letters only; the caller has
 * checked the stretch is ASCII), whose lexHash (of the lower-cased word) is h; -1 when the word is in
 * no list. The tokenizer then takes the key string (lexKeyAt) and flags (lexFlagsAt) from the table
 * instead of slicing and lower-casing a new string for the most frequent words.
 */
export function lexSlotOfText(text: string, s: number, e: number, h: number): number {
  const len = e - s;
  let i = (h ^ (h >>> 14)) & LEX_MASK;
  for (;;) {
    if (lexVals[i] === 0) return -1;
    if (lexHashes[i] === h) {
      const k = lexKeys[i]!;
      if (k.length === len) {
        let j = 0;
        for (; j < len; j++) {
          let c = text.charCodeAt(s + j);
          if (c >= 65 && c <= 90) c += 32;
          if (c !== k.charCodeAt(j)) break;
        }
        if (j === len) return i;
      }
    }
    i = (i + 1) & LEX_MASK;
  }
}

export function lexKeyAt(slot: number): string {
  return lexKeys[slot]!;
}

export function lexFlagsAt(slot: number): number {
  return lexVals[slot]!;
}

/** The lexicon flags (LX_*) of a key; 0 for a word in none of the lists. */
export function lexFlags(key: string): number {
  return lexFlagsHashed(key, lexHash(key));
}
