/**
 * Places: countries with their demonyms and capitals, and single-word places that are not countries.
 * Keys are lower-case and diacritic-folded (normalize.ts) unless stated otherwise.
 */
const set = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Countries (folded) → canonical name; demonyms and capitals map to their country. */
/** Capitals and cities of PLACE_TO_COUNTRY (folded; not countries or demonyms): "washington", "los angeles". */
export const CITIES = new Set<string>();

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
Wales|welsh|cardiff;England|english|;Sudan||;Belize||;Jamaica|jamaican|kingston;Fiji|fijian|suva;Tibet|tibetan|lhasa;
Andorra|andorran|;Antigua and Barbuda|antiguan|;Bahamas|bahamian|nassau;Barbados|barbadian,bajan|bridgetown;Benin|beninese|porto-novo,cotonou;
Bhutan|bhutanese|thimphu;Botswana|motswana,batswana|gaborone;Brunei|bruneian|bandar seri begawan;Burundi|burundian|gitega,bujumbura;
Cape Verde|cape verdean|praia;Central African Republic||bangui;Comoros|comorian|moroni;Costa Rica|costa rican|;Djibouti|djiboutian|;
Dominica||;Dominican Republic|dominican|santo domingo;El Salvador|salvadoran,salvadorean|san salvador;Equatorial Guinea|equatoguinean|malabo;
Eritrea|eritrean|asmara;Eswatini|swazi|mbabane;Gabon|gabonese|libreville;Gambia|gambian|banjul;Greenland|greenlandic|nuuk;Grenada|grenadian|;
Guinea-Bissau|bissau-guinean|bissau;Guyana|guyanese|;Honduras|honduran|tegucigalpa;Kiribati||tarawa;Laos|laotian,lao|vientiane;
Lesotho|basotho,mosotho|maseru;Liberia|liberian|monrovia;Liechtenstein|liechtensteiner|vaduz;Luxembourg|luxembourger,luxembourgish|;
Madagascar|malagasy|antananarivo;Malawi|malawian|lilongwe;Maldives|maldivian|;Marshall Islands|marshallese|majuro;Mauritania|mauritanian|nouakchott;
Mauritius|mauritian|port louis;Micronesia|micronesian|palikir;Monaco|monegasque|;Montenegro|montenegrin|podgorica;Namibia|namibian|windhoek;
Nauru|nauruan|;North Macedonia|macedonian|skopje;Palau|palauan|;Papua New Guinea|papua new guinean|port moresby;Paraguay|paraguayan|asuncion;
Puerto Rico|puerto rican|;Saint Kitts and Nevis||;Saint Lucia|saint lucian|castries;Samoa|samoan|apia;San Marino|sammarinese|;
Sao Tome and Principe||;Seychelles|seychellois|;Sierra Leone|sierra leonean|freetown;Solomon Islands||honiara;Suriname|surinamese|paramaribo;
Timor-Leste|timorese|dili;Togo|togolese|lome;Tonga|tongan|;Trinidad and Tobago|trinidadian|port of spain;Tuvalu|tuvaluan|funafuti;
Vanuatu||port vila;Vatican||vatican city`;
  for (const row of rows.split(";")) {
    const [country, dem, caps] = row.trim().split("|");
    if (!country) continue;
    m.set(country.toLowerCase(), country);
    for (const d of (dem ?? "").split(",")) if (d) m.set(d, country);
    for (const c of (caps ?? "").split(",").filter(Boolean)) {
      m.set(c, country);
      CITIES.add(c);
    }
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
    ["cote d'ivoire", "Ivory Coast"],
    ["cabo verde", "Cape Verde"],
    ["swaziland", "Eswatini"],
    ["east timor", "Timor-Leste"],
    ["macedonia", "North Macedonia"],
    ["holy see", "Vatican"],
    ["trinidad", "Trinidad and Tobago"],
  ];
  // cities named with their country's government or bodies ("New York Police Department")
  const cities: Array<[string, string]> = [
    ["new york", "United States"],
    ["los angeles", "United States"],
    ["san francisco", "United States"],
    ["san diego", "United States"],
    ["las vegas", "United States"],
    ["new orleans", "United States"],
    ["st louis", "United States"],
    ["sao paulo", "Brazil"],
    // (a territory with its own government, as the knowledge base's country list has it)
    ["hong kong", "Hong Kong"],
    ["macau", "Macau"],
    ["buenos aires", "Argentina"],
    ["tel aviv", "Israel"],
    ["ben gurion", "Israel"],
    ["victoria falls", "Zimbabwe"],
    ["british columbia", "Canada"],
    ["nova scotia", "Canada"],
    ["capitol hill", "United States"],
  ];
  for (const [k, v] of aliases) m.set(k, v);
  for (const [k, v] of cities) {
    m.set(k, v);
    CITIES.add(k);
  }
  return m;
})();

/** Single capitalised words that are places but not countries; they stop a chunk being a name. */
/** US states as AP style abbreviates them, as written (with the final period) → the state's name. */
export const AP_STATES: ReadonlyMap<string, string> = new Map(
  (
    "Ala.:Alabama Ariz.:Arizona Ark.:Arkansas Calif.:California Colo.:Colorado Conn.:Connecticut Del.:Delaware " +
    "Fla.:Florida Ga.:Georgia Ill.:Illinois Ind.:Indiana Kan.:Kansas Ky.:Kentucky La.:Louisiana Md.:Maryland " +
    "Mass.:Massachusetts Mich.:Michigan Minn.:Minnesota Miss.:Mississippi Mo.:Missouri Mont.:Montana Neb.:Nebraska " +
    "Nev.:Nevada N.H.:New_Hampshire N.J.:New_Jersey N.M.:New_Mexico N.Y.:New_York N.C.:North_Carolina " +
    "N.D.:North_Dakota Okla.:Oklahoma Ore.:Oregon Pa.:Pennsylvania R.I.:Rhode_Island S.C.:South_Carolina " +
    "S.D.:South_Dakota Tenn.:Tennessee Vt.:Vermont Va.:Virginia Wash.:Washington W.Va.:West_Virginia Wis.:Wisconsin Wyo.:Wyoming"
  )
    .split(" ")
    .map((p) => p.replace("_", " ").split(":") as [string, string]),
);

export const PLACES = set(`
gaza jerusalem westminster washington brussels geneva davos munich sochi minsk donetsk luhansk crimea kharkiv
odesa odessa mariupol aleppo idlib raqqa mosul kirkuk basra benghazi rafah yunis sinai golan hebron
nablus jenin ramallah bethlehem aviv haifa sharm wuhan hubei hong kong macau shanghai shenzhen
new york california texas florida ohio michigan pennsylvania georgia arizona nevada virginia carolina indiana rhode
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
