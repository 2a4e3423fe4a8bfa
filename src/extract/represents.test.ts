/**
 * Whom a person represents, read from the article's context (src/extract/represents.ts and the
 * role phrases of entities/roles.ts). All sentences are invented for these tests.
 */
import { describe, expect, it } from "vitest";
import { analyze, snapshotFromPlainText } from "./index.ts";
import { deriveRepresents, type DocFacts } from "./represents.ts";

interface Row {
  name: string;
  text: string;
  /** person name → expected represents (a substring of it), or null for no value */
  reps: Record<string, string | null>;
  /** person name → expected role, when the row is about the role too */
  roles?: Record<string, string | null>;
}

const rows: Row[] = [
  {
    name: "a governor whose sentence names no state acts for the one the sentence before names, in the same paragraph",
    text: "Dozens of refugees came to Georgia last year. Gov. Tom Hale vowed to block them.\n\nMost settled in Ohio.\n\nGov. Ana Ruiz said nothing.",
    reps: { "Tom Hale": "Georgia", "Ana Ruiz": null },
  },
  {
    name: "a plural office before a comma and 'including' is the listed people's, without the quantifier opening the sentence",
    text: "Several leading Republican presidential candidates, including Tom Hale and Sen. Ana Ruiz, criticized the trade.",
    reps: { "Tom Hale": "Republican Party" },
    roles: { "Tom Hale": "leading Republican presidential candidate" },
  },
  {
    name: "a state's AP abbreviation before an office's title is that state, and a verb in -s or a word before 'former' is no modifier (Fla. Gov. X)",
    text:
      "A new poll ties former Fla. Gov. Tom Hale with the senator. Voters say Ruiz beats N.J. Gov. Ana Ruiz on taxes. " +
      "Sam Pike spoke in Dover, Del., on Monday. Orla Finch, the Business Insider politics editor, wrote it up.",
    reps: { "Tom Hale": "Florida", "Ana Ruiz": "New Jersey", "Orla Finch": "Business Insider" },
    roles: { "Tom Hale": "former Fla. Gov.", "Ana Ruiz": "N.J. Gov.", "Sam Pike": null },
  },
  {
    name: "', who served as …' and ', who has been …' give the office, as ', who is …' does",
    text:
      "Tom Hale, who served as Ruritania's ambassador to Estmark, said the deal was bad. Ana Ruiz, who has been the agency's director since 2019, said nothing. Sam Pike, who worked as a baker, said bread was dear.",
    reps: { "Tom Hale": "Ruritania" },
    roles: { "Tom Hale": "Ruritania's ambassador to Estmark", "Ana Ruiz": "agency's director since 2019", "Sam Pike": null },
  },
  {
    name: "a bare spokesperson speaks for the body that spoke just before (The Water Agency said … Spokesman X)",
    text:
      "The Ruritanian Water Agency said on Monday that the dam was safe. Spokesman Tom Hale told reporters the gates would open. " +
      "Farmers were worried. Ana Ruiz, a spokeswoman, said nothing more.",
    reps: { "Tom Hale": "Ruritanian Water Agency" },
  },
  {
    name: "a bare spokesperson takes no body that did not speak (The Water Agency built the dam … Spokesman X)",
    text: "The Ruritanian Water Agency built the dam in 1990. Spokesman Tom Hale told reporters the gates would open.",
    reps: { "Tom Hale": null },
  },
  {
    name: "a party's candidate for a state office acts for the party; a party's governor does not (Democratic candidate for governor)",
    text: "Tom Hale, the Democratic candidate for governor, was taken to hospital. Republican Gov. Sam Pike said he wished him well.",
    reps: { "Tom Hale": "Democratic Party", "Sam Pike": null },
  },
  {
    name: "a courtesy, religious or princely title yields to the office the article describes (Sheikh X, the foreign minister)",
    text:
      "Sheikh Omar Fadil, the foreign minister of Ruritania, said the deal was signed. Crown Prince Tariq Amin, the defence minister, said the war would end.",
    reps: { "Omar Fadil": "Ruritania" },
    roles: { "Omar Fadil": "foreign minister of Ruritania", "Tariq Amin": "defence minister" },
  },
  {
    name: "a US state after a legislator's name is the seat: the chamber is whom they act for (Sen. X of Ohio)",
    text: "Sen. Ann Dale of Ohio said the bill would fail. Rep. Tom Hale of New Mexico said the letter was misleading. Gov. Sam Pike of Ohio said nothing.",
    reps: { "Ann Dale": "U.S. Senate", "Tom Hale": "U.S. House of Representatives", "Sam Pike": "Ohio" },
    roles: { "Ann Dale": "Sen.", "Tom Hale": "Rep." },
  },
  {
    name: "'House' beside a chamber's office is the lower chamber (House Speaker, Speaker of the House); not an opera house",
    text:
      "House Speaker Tom Hale said the vote would wait. Ana Ruiz, the Speaker of the House, said no. " +
      "House Minority Leader Sam Pike said the bill was dead. Lia Moss, a spokeswoman for the Corvane Opera House, said tickets sold out.",
    reps: { "Tom Hale": "House of Representatives", "Ana Ruiz": "House of Representatives", "Sam Pike": "House of Representatives", "Lia Moss": "Corvane Opera House" },
  },
  {
    name: "a name before 'campaign' in the role is that campaign (Dale campaign chairman)",
    text: "Dale campaign chairman Tom Rusk said the emails were stolen.",
    reps: { "Tom Rusk": "Dale campaign" },
  },
  {
    name: "a later role says whom when the title before the name does not",
    text: "Brig. Gen. Tom Rusk, a spokesman for the Estmark navy, said the drills would go on.",
    reps: { "Tom Rusk": "Estmark" },
  },
  {
    name: "'governor of the central bank' is not another bank the article names",
    text:
      "Olu Ade, the chief executive of Harbor Bank, said profits rose. Ali Rahimi, the governor of the central bank, said inflation fell.",
    reps: { "Olu Ade": "Harbor Bank", "Ali Rahimi": "central bank" },
  },
  {
    name: "'a spokesman for the commission' is the article's commission with those words",
    text:
      "The Northland Electoral Commission met on Monday. Ruth Obi, a spokeswoman for the electoral commission, said turnout was high.",
    reps: { "Ruth Obi": "Northland Electoral Commission" },
  },
  {
    name: "an opposition figure represents the country's opposition, or their party when it is named",
    text:
      "Estonian opposition leader Mart Kask said the vote was rigged. Tiit Lepp, the opposition Green Party leader, agreed.",
    reps: { "Mart Kask": "Estonia opposition", "Tiit Lepp": "Green Party" },
  },
  {
    name: "'who heads / leads / chairs' a named body gives the office over it",
    text:
      "Marco Vela, who heads the Central Bank of Ruritania, said rates would rise. Ines Roca, who leads the opposition Green Party, said the vote was rigged. Piet Mols, who runs a bakery, said bread was dearer.",
    reps: { "Marco Vela": "Central Bank of Ruritania", "Ines Roca": "Green Party", "Piet Mols": null },
    roles: { "Marco Vela": "head of the Central Bank of Ruritania", "Ines Roca": "leader of the opposition Green Party", "Piet Mols": null },
  },
  {
    name: "'who heads' a definite unnamed body gives the office over it, without a place noun's possessive; not an indefinite one",
    text:
      "Lia Moss, who heads the country's central bank, said inflation was easing. Ana Ruiz, who leads the ruling party, said the vote would be held. Tom Hale, who runs a small bakery, said prices were up.",
    reps: { "Lia Moss": "central bank", "Ana Ruiz": "ruling party", "Tom Hale": null },
    roles: { "Lia Moss": "head of the country's central bank", "Ana Ruiz": "leader of the ruling party", "Tom Hale": null },
  },
  {
    name: "a councilwoman or councilman is an office (Mia Chen, a councilwoman)",
    text: "Mia Chen, a councilwoman, said the budget was too small. Councilman Dan Ortiz said it was fine.",
    reps: { "Mia Chen": null, "Dan Ortiz": null },
    roles: { "Mia Chen": "councilwoman", "Dan Ortiz": "Councilman" },
  },
  {
    name: "a place word opening an organisation's name stays in it ('Central Bank', 'Southern District')",
    text: "Central Bank governor Lena Holm said inflation had peaked.",
    reps: { "Lena Holm": "Central Bank" },
  },
  {
    name: "a titled name's 'of' complement: a region, a city, a body, a country",
    text:
      "Gov. Sam Hale of California said taxes would rise. Mayor Lucia Pardo of Valencia said the floods receded. Commissioner Anna Ley of the European Commission said the rules would change. President Tomas Ruel of Chile said the border would stay open. Mr. Karl Ebb of Leeds said he was happy.",
    reps: { "Sam Hale": "California", "Lucia Pardo": "Valencia", "Anna Ley": "European Commission", "Tomas Ruel": "Chile", "Karl Ebb": null },
    roles: { "Sam Hale": "Gov.", "Lucia Pardo": "Mayor" },
  },
  {
    name: "an office over a department the article names ('Attorney General' → its Justice Department)",
    text:
      "Attorney General Rita Vance said the Justice Department would review the case. Secretary of State Laura Quinn met Chilean officials, the State Department said. Texas Attorney General Tom Ruck disagreed.",
    reps: { "Rita Vance": "Justice Department", "Laura Quinn": "State Department", "Tom Ruck": "Texas" },
  },
  {
    name: "no department named, no guess",
    text: "Attorney General Rita Vance said the review would take a year.",
    reps: { "Rita Vance": null },
  },
  {
    name: "a local office acts for its city or region, not the country",
    text:
      "Vitali Bondar, the mayor of Kyiv, said the city was ready. Texas Gov. Greg Abner said the border was closed. Ontario Premier Dana Holt said the deal was fair. Chinese Premier Li Wen said growth was steady.",
    reps: { "Vitali Bondar": "Kyiv", "Greg Abner": "Texas", "Dana Holt": "Ontario", "Li Wen": "China" },
  },
  {
    name: "an organisation's name runs on through 'and' to its organisation word",
    text: "Emre Kaya, a member of the ruling Justice and Development Party, said the law would pass.",
    reps: { "Emre Kaya": "Justice and Development Party" },
  },
  {
    name: "'his Estonian counterpart, X' names an office held for that country",
    text: "Ukrainian President Petro Vash and his Estonian counterpart, Mart Sava, met in Riga.",
    reps: { "Petro Vash": "Ukraine", "Mart Sava": "Estonia" },
    roles: { "Mart Sava": "Estonian counterpart" },
  },
  {
    name: "a capitalised -ing word that is no English word names a company ('chief executive of Veling')",
    text:
      "Dave Calloway, chief executive of Veling, said deliveries rose. Acting President Rosa Marin said the vote would go ahead. Governing Council member Ida Voss disagreed.",
    reps: { "Dave Calloway": "Veling", "Rosa Marin": null, "Ida Voss": "Governing Council" },
  },
  {
    name: "a chamber's leader acts for the chamber; a party member's office for the party first",
    text:
      "Senate Majority Leader Chuck Reid said the vote would happen. Ann Holt, a Labour Member of Parliament, said it would not.",
    reps: { "Chuck Reid": "Senate", "Ann Holt": "Labour Party" },
  },
  {
    name: "'the top Democrat on a named committee' is a role; 'a Democrat' alone (a voter, maybe) is not",
    text:
      "Jim Rand, the top Democrat on the House Judiciary Committee, said the hearing was unfair. Mia Cho, a Democrat from Ohio, said she would vote.",
    reps: { "Jim Rand": "House Judiciary Committee", "Mia Cho": null },
    roles: { "Jim Rand": "top Democrat on the House Judiciary Committee", "Mia Cho": null },
  },
  {
    name: "an abbreviated plural title shared by names gives each the singular ('Sens.' → 'Sen.')",
    text: "Sens. Ana Ruiz and Tom Hicks said the bill would pass. Reps. Lee Park and Dan Ames disagreed.",
    reps: {},
    roles: { "Ana Ruiz": "Sen.", "Tom Hicks": "Sen.", "Lee Park": "Rep.", "Dan Ames": "Rep." },
  },
  {
    name: "'the agency's director' is the one agency the article names; two ministries, no guess",
    text:
      "The Northland Atomic Energy Agency said on Monday it had no access. Lena Graf, the agency's director, said inspectors were waiting. The Estmark Foreign Ministry and the Estmark Defence Ministry issued statements. Ivo Tamm, the ministry's spokesman, said the envoy was recalled.",
    reps: { "Lena Graf": "Northland Atomic Energy Agency", "Ivo Tamm": null },
  },
  {
    name: "an unnamed body without the country said already; a possessive inside a name is kept",
    text:
      "Marta Ruiz, deputy governor of Kenya's central bank, said inflation fell. Sgt. Amy Cole, a spokeswoman for the Marion County Sheriff's Office, said the suspect fled.",
    reps: { "Marta Ruiz": "Kenya (central bank)", "Amy Cole": "Marion County Sheriff's Office" },
  },
  {
    name: "the country a diplomat or mission is sent to, by 'to', 'for' or 'in', is not whom they act for",
    text:
      "Ana Ferro, the UN special envoy for Yemen, said the truce held. Lars Berg, the ambassador in Washington, declined to comment. Yuki Mori, Japan's ambassador in Paris, said ties were strong.",
    reps: { "Ana Ferro": "United Nations", "Lars Berg": null, "Yuki Mori": "Japan" },
  },
  {
    name: "party names: another body opened by a party word, the party with its country, the Liberal Democrats",
    text:
      "Republican National Committee chairwoman Rona Reed said the convention was set. Conservative Party of Canada leader Pierre Lamont said the budget failed. Liberal Democrat leader Ed Harvey said the vote was lost.",
    reps: { "Rona Reed": "Republican National Committee", "Pierre Lamont": "Conservative Party of Canada", "Ed Harvey": "Liberal Democrats" },
  },
  {
    name: "no guess from a name read in part or from a title-led name",
    text:
      "The Ridge Front said it would fight on. Ridge Front leaders met on Sunday. Gen. Mark Tolley, chairman of the Joint Chiefs of Staff, said troops would stay. Prince Edwin, Queen Maren II's third child, said little.",
    reps: { "Mark Tolley": null, Edwin: null },
  },
  {
    name: "a private role later in the article says where they work, not whom they act for",
    text:
      "Dr. Luz Arroyo, a member of the group, said the clinic was full. Arroyo, a Sacramento family physician, said more doctors were needed.",
    reps: { "Luz Arroyo": null },
  },
  {
    name: "a speech verb opens no apposition ('X, director at Google, tells The Daily Herald')",
    text: "Jack Buser, director for games at Veltronic, tells The Daily Herald the platform is ready.",
    reps: { "Jack Buser": "Veltronic" },
  },
  {
    name: "an organisation's name runs on through 'for'; an envoy 'to the' body is sent there",
    text:
      "Scott Paul, who heads the Alliance for Northern Manufacturing, said tariffs hurt. Gordon Reyes, the ambassador to the European Union, said talks went well.",
    reps: { "Scott Paul": "Alliance for Northern Manufacturing", "Gordon Reyes": null },
  },
  {
    name: "the body after 'at' employs them; a region is no country; leading 'Former' is no part of a name",
    text:
      "Brent Shaw, vice president of Advanced Programs at Orbital Works, said the lander was ready. Philip Lutz, Research Director for North Africa at Amnesty International, said the trials were unfair. Former National Security Council official Tim Moss said the call was troubling.",
    reps: { "Brent Shaw": "Orbital Works", "Philip Lutz": "Amnesty International", "Tim Moss": "National Security Council" },
  },
  {
    name: "a chief minister or a governor acts for the state before the party; 'GOP' is the Republican Party",
    text:
      "Delhi's Chief Minister Arun Vij said the air was cleaner. Kentucky GOP Gov. Matt Bevel said taxes would fall. GOP Sen. Ann Rusk agreed.",
    reps: { "Arun Vij": "Delhi", "Matt Bevel": "Kentucky", "Ann Rusk": "Republican Party" },
  },
  {
    name: "no value from a dual nationality, no company fallback past a named owner (the newspaper company that owns the office), or 'Health and Human Services' cut",
    text:
      "Acme Robotics said sales fell. Acme Robotics shares slid. George Sarkis, a Hungarian-American investor, said he sold. Tribune's former chairman Mike Ferrol said the deal was dead. Alex Amar, the Health and Human Services secretary, said the vaccine was safe.",
    reps: { "George Sarkis": null, "Mike Ferrol": "Tribune", "Alex Amar": "Health and Human Services" },
  },
  {
    name: "an organisation's name read whole: 'of Technology', 'of Economic Advisers', 'on Foreign Relations', 'and Construction'",
    text:
      "Mara Hick, a historian at the Ridge Institute of Technology, said so. Carl Shultz, chairman of the Council of Economic Advisers, agreed. Rob Danning, a senior fellow at the Council on Foreign Relations, disagreed. Ian Michel, a spokesman for the city's Department of Design and Construction, said the pipes were old. Bob Alder, head of the Fishing Vessel Owners Association, said the catch was down.",
    reps: {
      "Carl Shultz": "Council of Economic Advisers",
      "Ian Michel": "Department of Design and Construction",
      "Bob Alder": "Fishing Vessel Owners Association",
    },
  },
  {
    name: "a party acronym is the party's name; a legislator's 'of STATE' is their constituency: their chamber is whom they act for",
    text: "Han Dong, the leader of the PPP, said the motion failed. Senator Mitch Conway of Kentucky said the vote would wait.",
    reps: { "Han Dong": "PPP", "Mitch Conway": "U.S. Senate" },
  },
  {
    name: "an apposition opened by a preposition is no role",
    text: "Trump's pick for secretary of state, Rex Tolliver, over his ties to Russian President Ivan Petrov, drew criticism.",
    reps: { "Rex Tolliver": null },
  },
  {
    name: "the body after 'at' past the words saying what kind of body it is",
    text: "Lia Moss, research director for drones at tech market research firm Orvex, said sales doubled.",
    reps: { "Lia Moss": "Orvex" },
  },
  {
    name: "an organisation's name read whole: through 'for a', opened by 'New' or by a place",
    text:
      "Tom Vail, a policy director at the Committee for a Fair Harbor Budget, said the deficit grew. Ana Cruz, chief executive of New Harbor Media Group, said ads fell. Ohio State Nurses Association president Ken Doyle said wards were full.",
    reps: { "Tom Vail": "Committee for a Fair Harbor Budget", "Ana Cruz": "New Harbor Media Group", "Ken Doyle": "Ohio State Nurses Association" },
  },
  {
    name: "a leading 'Ousted' is no part of a company's name",
    text: "Ousted Zentrix CEO Paul Amsel said he had no regrets.",
    reps: { "Paul Amsel": "Zentrix" },
  },
  {
    name: "a region named after a country is not that country; a territory with its own government is not its sovereign's",
    text:
      "Wu Ling, deputy director of Inner Mongolia's disease control centre, said two cases were found. Ann Reid, the Northern Ireland health minister, said wards were full. Hong Kong's police commissioner Ray Ko said the march was banned.",
    reps: { "Wu Ling": "Inner Mongolia", "Ann Reid": "Northern Ireland", "Ray Ko": "Hong Kong" },
  },
  {
    name: "a bare 'CEO' acts for the company the article is about",
    text: "Veltrax said sales rose. Veltrax shares climbed. Analysts expect Veltrax to grow. Its CEO Mona Reyes said demand was strong.",
    reps: { "Mona Reyes": "Veltrax" },
  },
  {
    name: "'the company's spokeswoman' acts for the company the article is about",
    text: "Veltrax said sales rose. Veltrax shares climbed. Analysts expect Veltrax to grow. Jill Ames, the company's spokeswoman, declined to comment.",
    reps: { "Jill Ames": "Veltrax" },
  },
  {
    name: "… not for one of two firms the article names as often",
    text: "Orbina and Kestrel reported results. Orbina fell while Kestrel rose; Orbina and Kestrel cut jobs. The chief executive Dan Pell said the market was weak.",
    reps: { "Dan Pell": null },
  },
  {
    name: "a person's name right before an organisation's word names a firm; before a body's full name, the body",
    text:
      "Ravi Kessler founded the broker in 1990. Asha Rao, head of research at Kessler Securities, said shares would rise. Mark Dunn built the empire. A former Dunn Justice Department official, Lee Park, said the case was weak.",
    reps: { "Asha Rao": "Kessler Securities", "Lee Park": "Justice Department" },
  },
  {
    name: "a campaign's people act for the candidate's campaign, not for the office the candidate holds",
    text:
      "President Alan Voss said the economy was strong. Vera Lind, a campaign spokeswoman for Senator Ross Dale, said the ads would run. A Voss campaign adviser, Tim Hale, said the polls were wrong.",
    reps: { "Vera Lind": "Ross Dale campaign", "Tim Hale": "Voss campaign" },
  },
  {
    name: "a US legislator's chamber with the party an apposition or the title says; a state senator's party only",
    text:
      "Senator Pia Lorne, a Republican, said the vote was set. Rep. Jon Pratt, a Democrat from Michigan, said the tariffs hurt. Democratic Sen. Amy Rowe said the bill would fail. Tom Reeve, a Democratic state senator, said the budget was late. Mia Cho, a Democrat from Ohio, said she would vote.",
    reps: {
      "Pia Lorne": "U.S. Senate (Republican Party)",
      "Jon Pratt": "U.S. House of Representatives (Democratic Party)",
      "Amy Rowe": "U.S. Senate (Democratic Party)",
      "Tom Reeve": "Democratic Party",
      "Mia Cho": null,
    },
  },
  {
    name: "a party's name of several words",
    text: "Nina Sato, a lawmaker from the ruling Liberal Democratic Party, said the plan would pass. Social Democratic Party leader Olaf Brandt disagreed.",
    reps: { "Nina Sato": "Liberal Democratic Party", "Olaf Brandt": "Social Democratic Party" },
  },
  {
    name: "'the country's minister' is the country the article is about",
    text:
      "Protests spread across Kenya on Monday. Kenyan police fired tear gas. Lena Kask, the country's interior minister, said order would return. Mart Sild, the country's main opposition leader, said the crackdown was illegal.",
    reps: { "Lena Kask": "Kenya (Interior Ministry)", "Mart Sild": "Kenya opposition" },
  },
  {
    name: "a governor whose role names no state acts for the one state the sentence names; not for a race's office",
    text:
      "Vermont Democrats unseated incumbent Gov. Dale Orrin on Tuesday. In Ohio and Iowa the polls closed late. In Nevada their nominee for governor, Rick Sandor, lost by five points. Republican Gov. Anna Perle said she would sign the bill.",
    reps: { "Dale Orrin": "Vermont", "Rick Sandor": null, "Anna Perle": null },
  },
  {
    name: "… named before the office, not a state the governor acts on",
    text: "On Friday Gov. Hal Brant sent two buses of migrants to Vermont.",
    reps: { "Hal Brant": null },
  },
  {
    name: "a member of Congress named with their state sits in its chamber (not a state legislator)",
    text: "Vermont Rep. Lia Hart and Ohio Sen. Ned Cole spoke first. Texas state Sen. Ora Bell followed.",
    reps: { "Lia Hart": "U.S. House of Representatives", "Ned Cole": "U.S. Senate", "Ora Bell": "Texas" },
  },
  {
    name: "a royal acts for the country whose monarchy the article names; not without one",
    text:
      "Queen Ilse, who heads the Danish monarchy, opened the new bridge on Friday. Her grandson Prince Oskar cut the ribbon.",
    reps: { Oskar: "Denmark", Ilse: "Denmark" },
  },
  {
    name: "… a two-word country with a possessive names it too",
    text: "Prince Faris, heir to Saudi Arabia's throne, met the delegation on Monday.",
    reps: { Faris: "Saudi Arabia" },
  },
  {
    name: "… and so does an adjective after a bracket",
    text: "Princess Lene (heir to the Danish crown) met the delegation on Monday.",
    reps: { Lene: "Denmark" },
  },
  {
    name: "… and no country when the article names no monarchy",
    text: "Prince Oskar gave a long interview about his charity on Sunday.",
    reps: { Oskar: null },
  },
  {
    name: "a bare title takes the office the article described just before ('the Vermont state attorney general')",
    text:
      "The Vermont state attorney general has opened an inquiry into Zentro Labs. A letter from Attorney General Ann Roe reached the firm on Monday.",
    reps: { "Ann Roe": "Vermont" },
  },
  {
    name: "… not the office another person held, named by a title before their name",
    text: "Texas Attorney General Ken Pax sued Zentro Labs on Monday. Attorney General Mel Gard later spoke to reporters.",
    reps: { "Ken Pax": "Texas", "Mel Gard": null },
  },
  {
    name: "… and nothing when two countries are named as often",
    text: "Kenya and Uganda signed a trade deal. Kenya will cut tariffs and Uganda will open its ports. Ivo Tamm, the country's trade minister, said exports would rise.",
    reps: { "Ivo Tamm": "Trade Ministry" },
  },
  {
    name: "a place's name opened by 'New' stays in the office before a name",
    text:
      "New Jersey Gov. Tom Breck said the bridge would reopen. The former New York City mayor Ana Polk said the plan was late.",
    reps: { "Tom Breck": "New Jersey", "Ana Polk": "New York City" },
    roles: { "Tom Breck": "New Jersey Gov.", "Ana Polk": "former New York City mayor" },
  },
  {
    name: "a portfolio word before 'Minister' and a bare 'Opposition' name no body",
    text: "Investment Minister Kamal Ashar said the talks went well. Opposition leader Omar Deen said the deal was bad.",
    reps: { "Kamal Ashar": null, "Omar Deen": null },
  },
  {
    name: "the next item of a list of titled names does not lend its office",
    text: "Lena Moss is due to meet President Tom Rask, Foreign Minister Ana Vell and business leaders.",
    reps: { "Tom Rask": null, "Ana Vell": "Foreign Ministry" },
    roles: { "Tom Rask": "President" },
  },
  {
    name: "an adverb before the office's modifier keeps the owner in the role",
    text: "Ruritania's recently elected president, Pol Dorn, said the border would stay open.",
    reps: { "Pol Dorn": "Ruritania" },
    roles: { "Pol Dorn": "Ruritania's recently elected president" },
  },
  {
    name: "a bare title takes the owner of the same office described just before ('X's ambassador')",
    text:
      "Ruritania's ambassador on Monday rejected the sanctions. In a long debate, Ambassador Ivo Senn said the embargo would hurt farmers. Estmark's new envoy criticised the coup. Envoy Mara Lind said talks must resume.",
    reps: { "Ivo Senn": "Ruritania", "Mara Lind": "Estmark" },
  },
  {
    name: "an office after 'its' is the office of the sentence's subject, a country or a named body",
    text:
      "Peru has asked Chile to extradite its former president Tom Rask. The Green Party's executive backed the plan, its general secretary Ana Vell told reporters. Lena Moss praised its chairman Ivo Senn.",
    reps: { "Tom Rask": "Peru", "Ana Vell": "Green Party", "Ivo Senn": null },
  },
  {
    name: "a lower-case word of no known kind stays out of a title-cased office after it",
    text:
      "Rosa Lind will meet Serbian President Tom Rask in May. Planes were ready in case President Ivo Senn ordered strikes. Kai Moe said he'd support Democrat Ana Vell in the election. Texas state Sen. Pol Dorn said the bill failed. The firm hailed its legendary CEO Lev Kuhn. Troops fought the forces of opposition warlord General Ira Bek. Labour's star Chancellor Rui Sol spoke. Then caretaker Prime Minister Eva Lund spoke.",
    reps: { "Tom Rask": "Serbia" },
    roles: { "Tom Rask": "Serbian President", "Ivo Senn": "President", "Ana Vell": "Democrat", "Pol Dorn": "Texas state Sen.", "Lev Kuhn": "legendary CEO", "Ira Bek": "opposition warlord General", "Rui Sol": "Labour's star Chancellor", "Eva Lund": "caretaker Prime Minister" },
  },
  {
    name: "a continent's adjective before a common noun names no country",
    text: "President Tom Rask, who leads this European state of ten million people, is grabbing power. Ivo Senn, Rask's political adviser, denied it.",
    reps: { "Tom Rask": null, "Ivo Senn": null },
  },
];

describe("represents: read from the article's context", () => {
  for (const row of rows) {
    it(row.name, () => {
      const a = analyze(snapshotFromPlainText(row.text), { date: "2024-05-01" });
      for (const [name, rep] of Object.entries(row.reps)) {
        const p = a.people.find((x) => x.name === name);
        expect(p, `person ${name} in ${JSON.stringify(a.people.map((x) => x.name))}`).toBeDefined();
        if (rep === null) expect(p?.represents ?? null).toBeNull();
        else expect(p?.represents ?? "").toContain(rep);
      }
      for (const [name, role] of Object.entries(row.roles ?? {})) {
        expect(a.people.find((x) => x.name === name)?.role ?? null).toBe(role);
      }
    });
  }
});

describe("deriveRepresents: a role phrase alone", () => {
  const facts: DocFacts = { country: null, mainOrg: null, orgs: [], personRep: () => null, isPerson: () => false, isOfficial: () => false };
  const cases: Array<[string, string | null]> = [
    // a title and a given name, read as a role when the name was split, name no body
    ["President Bill", null],
    ["Mayor Bill de", null],
    ["President of the European Commission", "European Commission"],
    ["Bank of England Governor", "Bank of England"],
    ["House of Representatives member", "House of Representatives"],
    ["Minister of State for Foreign Affairs", "Ministry of Foreign Affairs"],
    ["senior fellow at the Council on Foreign Relations", "Council on Foreign Relations"],
    // a name ending in a common word; no body from a place after "in" nor from a short foreign word
    ["researcher at Human Rights Watch", "Human Rights Watch"],
    // a rank's modifier names no body; a society opened by a plural noun is read through "for"/"of"
    ["Rear Admiral", null],
    ["national director of Builders for Peace", "Builders for Peace"],
    ["head of the Knights of Harbor", "Knights of Harbor"],
    ["business adviser in the Bay Area", null],
    // an everyday word opening a name through "of" after "the"; a work's title; a seat sought
    ["vice president at the March of Harbors", "March of Harbors"],
    ["author of “Empire of the Lakes”", null],
    ["candidate for the Senate", null],
    // a body's name after the words of its kind, whole
    ["executive director of the advocacy group Progress Ohio", "Progress Ohio"],
    ["founder of the center-left think tank Third Path", "Third Path"],
    ["spokesman for the conservative super PAC Ohio Rising", "Ohio Rising"],
    ["chairman of the 4th District Committee", "4th District Committee"],
    // a body's name that goes on past an office word; a department of two words; a party before a chamber
    ["executive director of the Foundation for Defense of Harbors", "Foundation for Defense of Harbors"],
    ["Homeland Security Secretary", "Department of Homeland Security"],
    // (the chamber with the party: a party before a chamber is no body "Republican House")
    ["then Republican House Majority Leader", "U.S. House of Representatives (Republican Party)"],
    // a time prefix glued to the office ("then-", "ex-") is no part of its words
    ["then-Nevada Gov.", "Nevada"],
    ["ex-Harbor Party MP", "Harbor Party"],
    // a member of Congress named with the country alone acts for their chamber
    ["U.S. Senator", "U.S. Senate"],
    ["former US Representative", "U.S. House of Representatives"],
    ["U.S. Trade Rep.", "United States"],
    // a body known by its short name; an adjective of an office's title names no body
    ["Fed governor", "Federal Reserve"],
    ["Peru's Supreme Leader", "Peru"],
    ["Grand Mufti", null],
    // a country ending a body's name after for/of is the name's, not the country acted for
    ["president of Concerned Teachers for Peru", "Concerned Teachers for Peru"],
    ["Democracy for Peru's executive director", "Democracy for Peru"],
    ["Trade Minister of Peru", "Peru (Trade Ministry)"],
    // a county's party is that county's, whatever state the role names after it
    ["chairman of the Harbor County GOP in Ohio", "Harbor County Republican Party"],
    ["Harbor County Democratic Party chairwoman", "Harbor County Democratic Party"],
    ["Republican chair of Harbor County", "Harbor County Republican Party"],
    ["Republican mayor of Harbor County", "Harbor County"],
    // the pope heads the Catholic Church, unless another church is named
    ["Pope", "Catholic Church"],
    ["Harborite Pope", "Harborite"],
    // an armed service before a rank after the office is the rank's
    ["Pentagon spokesman Army Col.", "United States"],
    ["retired Navy Capt.", "Navy"],
    ["executive director of Catholic Neighbors", "Catholic Neighbors"],
    ["head of Right to Rise Ohio", "Right to Rise Ohio"],
    ["research director of gaming VR/AR at tech market research firm Kestrel", "Kestrel"],
    ["judge on the Peru Court of Appeals", "Peru (Court of Appeals)"],
    ["ambassador of Peru to Chile", "Peru"],
    ["deputy administrator in NASA's Science Mission Directorate", "NASA's Science Mission Directorate"],
    ["La ministre de la culture", null],
    ["chairman of a Swiss private bank", "Switzerland (private bank)"],
    // a member of the European Parliament, for their country or party
    ["German MEP", "Germany (European Parliament)"],
    ["Green MEP", "Green Party"],
    // a public prosecutor acts for their office
    ["U.S. Attorney", "U.S. Attorney's Office"],
    ["U.S. attorney for the Eastern District of Texas", "U.S. Attorney's Office for the Eastern District of Texas"],
    ["Queens District Attorney", "Queens District Attorney's Office"],
    ["defense attorney", null],
    ["Attorney General", null],
    // the field an office is over is no body
    ["Foreign Policy Adviser", null],
    // an unnamed body ends at the next preposition but "of"
    ["member of the state parliament for the Green party", "Green Party"],
    ["head of the department of health in the province", "department of health"],
    ["Trade Adviser", null],
    // an adjective that is also an organisation word does not make the field a body
    ["former National Security Adviser", null],
    ["former National Security Council official", "National Security Council"],
    // a level of government before a field is no body; before a body's head word it is one
    ["Republican Presidential candidate", "Republican Party"],
    // a country's adjective opening a society's name is part of that name; not before a state's body
    ["president of the American Academy of Pediatrics", "American Academy of Pediatrics"],
    ["executive director of the American Civil Liberties Union in Ohio", "American Civil Liberties Union"],
    ["Russian Foreign Ministry spokeswoman", "Russia (Foreign Ministry)"],
    ["vice president of the Turkish American Federation of Ohio", "Turkish American Federation of Ohio"],
    // a city before an office is its post, not whom the office acts for; "Chief of Staff" names no body
    ["Washington director for MoveOn", "MoveOn"],
    ["London bureau chief for Harbor Radio", "Harbor Radio"],
    ["White House Chief of Staff", "United States"],
    ["Republican National Chairman", "Republican National Committee"],
    ["Presumptive Democratic presidential nominee", "Democratic Party"],
    // the country an office is about, or a consul's posting, is not whom they act for
    ["former adviser on Syria in the administration", null],
    ["expert on Syria at the Harbor Institute", "Harbor Institute"],
    ["consul general in Los Angeles", null],
    ["State Health Commissioner", null],
    ["County Emergency Manager", null],
    ["State Police Superintendent", "State Police"],
    ["City Council President", "City Council"],
    // an outlet's name of several words is read whole, its place or everyday word included
    ["Moscow correspondent for the Daily Ledger", "Daily Ledger"],
    ["reporter for the Harbor City Post", "Harbor City Post"],
    ["spokesman for the Post Office", null],
    // an acronym in brackets after a body's name repeats the name
    ["economist at the Regional Planning Board (RPB)", "Regional Planning Board"],
    ["Moldova specialist on the Joint Policy Council (JPC)", "Joint Policy Council"],
    // a bare field before the office names no body when its complement names one
    ["PR director of Pixmart", "Pixmart"],
    // a newspaper's company office acts for that company
    ["Gazette's former chairman", "Gazette"],
    ["Gazette's reporter", null],
    // a party does not say whom a governor acts for; a state and a congress title say the chamber
    ["Republican Gov.", null],
    ["Kentucky GOP Gov.", "Kentucky"],
    ["Hawaii Rep.", "U.S. House of Representatives"],
    ["Democratic Ohio senator", "U.S. Senate (Democratic Party)"],
    ["Texas trade representative", "Texas"],
    ["US Senator from New York", "U.S. Senate"],
    // a state's office acts for the state, not for the country its city's name maps to
    ["New York state attorney general", "New York"],
    ["ambassador in Washington", null],
    ["Washington state senator", "Washington Senate"],
    ["central bank governor", null],
    // a secretary over a field heads that field's department; not where the department has another name
    // a country before a field noun is the subject, not whom they act for
    ["China expert at the Brookings Institution", "Brookings Institution"],
    ["Russia analyst at Corvane Group", "Corvane Group"],
    ["Ukraine specialist", null],
    // a party says whom a state legislator acts for, with the state's chamber; not a state's executive office
    ["Republican state schools superintendent", null],
    ["Democratic state senator", "state Senate (Democratic Party)"],
    ["Energy Secretary", "Energy Department"],
    ["Secretary of the Interior", "Interior Department"],
    ["Foreign Secretary", null],
    ["Press Secretary", null],
  ];
  for (const [role, rep] of cases) it(role, () => expect(deriveRepresents(role, facts)).toBe(rep));
});

describe("deriveRepresents: a body's name the article read as a person's", () => {
  // "Orvane" and "Kestrel Foods" were read as people, of no office; "Lind" is an official
  const people = new Set(["orvane", "kestrel", "foods", "lind"]);
  const facts: DocFacts = {
    country: null,
    mainOrg: null,
    orgs: [],
    personRep: (w) => (w === "lind" ? "Estmark" : null),
    isPerson: (w) => people.has(w),
    isOfficial: (w) => w === "lind",
  };
  const cases: Array<[string, string | null]> = [
    ["leader of Orvane", "Orvane"],
    ["Kestrel Foods co-founder and CEO", "Kestrel Foods"],
    ["senior Lind adviser", "Estmark"],
    ["leader of Lind", "Estmark"],
    // (a body named after an official as a campaign, capitalised)
    ["president of the Lind Campaign", "Lind Campaign"],
  ];
  for (const [role, rep] of cases) it(role, () => expect(deriveRepresents(role, facts)).toBe(rep));
});

describe("deriveRepresents: 'the country's' is the country the article is about, when there is one", () => {
  const facts = (country: string | null): DocFacts => ({ country, mainOrg: null, orgs: [], personRep: () => null, isPerson: () => false, isOfficial: () => false });
  it("with one", () => expect(deriveRepresents("country's trade minister", facts("Kenya"))).toBe("Kenya (Trade Ministry)"));
  it("without", () => expect(deriveRepresents("country's trade minister", facts(null))).toBe("Trade Ministry"));
  it("never for a role that names no country", () => expect(deriveRepresents("trade minister", facts("Kenya"))).toBe("Trade Ministry"));
});

describe("represents: a bare company office in an article about a company of two words", () => {
  it("CEO → the company the article is about (Kestrel Depot)", () => {
    const run = (t: string) => analyze(snapshotFromPlainText(t));
    const a = run(
      "Kestrel Depot shares fell on Tuesday. Kestrel Depot cut its forecast. Analysts expect Kestrel Depot to recover. “It was a hard quarter,” said CEO Lena Morrow in the company’s release.",
    );
    expect(a.people.find((p) => p.name === "Lena Morrow")?.represents).toBe("Kestrel Depot");
  });
});

describe("represents: 'the company's' office is the company named just before", () => {
  it("in an article about several companies (the company's chief operating officer → Orbitron Systems)", () => {
    const a = analyze(
      snapshotFromPlainText(
        "The agency picked Velder Aerospace, Corvane Robotics and Orbitron Systems. Velder Aerospace will build a lander. Orbitron Systems is best known for small satellites. Marco Vilar, the company’s chief operating officer, said it would use that experience.",
      ),
    );
    expect(a.people.find((p) => p.name === "Marco Vilar")?.represents).toBe("Orbitron Systems");
  });
});

describe("officials: council members by their one-word titles", () => {
  it("a councilwoman and a councilman are officials", () => {
    const a = analyze(snapshotFromPlainText("Mia Chen, a councilwoman, said the budget was too small. Councilman Dan Ortiz said it was fine."));
    expect(a.people.filter((p) => p.isOfficial).map((p) => p.name)).toEqual(["Mia Chen", "Dan Ortiz"]);
  });
});

describe("places: every sovereign country is a place, and a place of two words stays whole", () => {
  it("an envoy to Burundi, Honduras or New Zealand in apposition before the name keeps the office", () => {
    const a = analyze(
      snapshotFromPlainText(
        "Yesterday the envoy to Burundi, Sam Pike, said the talks had stalled. The US envoy to New Zealand, Mark Ellis, said no. Honduras's ambassador, Lia Moss, said nothing.",
      ),
    );
    const by = new Map(a.people.map((p) => [p.name, p]));
    expect([...by.keys()]).toEqual(["Sam Pike", "Mark Ellis", "Lia Moss"]);
    expect(by.get("Sam Pike")?.role).toBe("envoy to Burundi");
    expect(by.get("Mark Ellis")?.role).toBe("US envoy to New Zealand");
    expect(by.get("Lia Moss")?.represents).toBe("Honduras");
  });
});

describe("deriveRepresents: a country dealt with is not the one acted for", () => {
  const facts: DocFacts = { country: null, mainOrg: null, orgs: [], personRep: () => null, isPerson: () => false, isOfficial: () => false };
  const cases: Array<[string, string | null]> = [
    // a country's name before a go-between's office is the country dealt with
    ["Burundi mediator", null],
    ["the UN's Syria envoy", "United Nations"],
    ["chief Honduras negotiator", null],
    // its adjective, its possessive or an abbreviation is the sender
    ["Israeli negotiator", "Israel"],
    ["Kenya's negotiator", "Kenya"],
    ["U.S. envoy", "United States"],
    ["United States envoy", "United States"],
    // after "to", "in", "for" a mediator's country is the one dealt with too
    ["mediator in Burundi", null],
    ["Norwegian mediator in Sri Lanka", "Norway"],
    // a country an office oversees
    ["State Department official overseeing Lebanon", "State Department"],
    ["Foreign Office official covering Peru", "Foreign Office"],
    // a common word of a field before an office names no body
    ["Communications Director", null],
    ["Operations Manager", null],
    ["Apple spokesman", "Apple"],
    // a department's field that is also a party's word, before its secretary
    ["Labor Secretary", "Labor Department"],
    ["Labour MP", "Labour Party"],
    // a numbered district is a place, no body
    ["chairman of the 6th Congressional District", null],
    ["delegate on the 3rd Congressional District slate", null],
    // a state's party is no state office; a state's legislator or officer keeps the state
    ["chairman of the Indiana GOP's 7th district organization", "Indiana (Republican Party)"],
    ["Ohio Democratic Party chairman", "Ohio Democratic Party"],
    ["Indiana Republican state treasurer", "Indiana"],
    ["Texas Democratic state senator", "Texas Senate (Democratic Party)"],
    ["Ohio Republican attorney general", "Ohio"],
  ];
  for (const [role, rep] of cases) it(role, () => expect(deriveRepresents(role, facts)).toBe(rep));
});

describe("represents: 'its' office in apposition at a sentence's head is the company named just before", () => {
  const run = (t: string) => new Map(analyze(snapshotFromPlainText(t)).people.map((p) => [p.name, p.represents]));
  it("its chief executive officer → the firm of the sentence before", () => {
    const by = run("Both candidates turned to the same digital firm, Kestrel Digital Inc., to help with fundraising. Ana Ruiz, its chief executive officer, said donors were more aware now.");
    expect(by.get("Ana Ruiz")).toBe("Kestrel Digital Inc.");
  });
});

describe("represents: a candidate's staff act for the campaign", () => {
  const run = (t: string) => new Map(analyze(snapshotFromPlainText(t)).people.map((p) => [p.name, p.represents]));
  it("when the article shows the candidate running (a race role or 'X campaign')", () => {
    const by = run(
      "Democratic presidential candidate Ross Dale won the vote in Ohio. Sen. Ross Dale thanked voters. Dale's senior media adviser, Tim Hale, said the ads worked. " +
        "Sen. Ana Voss spoke next. The Voss campaign raised more money. Voss' chief strategist, Ivo Senn, said the race was close.",
    );
    expect(by.get("Tim Hale")).toBe("Dale campaign");
    expect(by.get("Ivo Senn")).toBe("Voss campaign");
  });
  it("but a sitting head's staff act for the country, the head running again or not", () => {
    const by = run("Peruvian President Ana Voss is a candidate for a second term. Voss's press secretary, Ivo Senn, said the tour would go on.");
    expect(by.get("Ivo Senn")).toBe("Peru");
  });
  it("a bare spokesperson after 'X's campaign says' speaks for that campaign", () => {
    const by = run("Dale's campaign says it will move staff to Iowa. Spokeswoman Lia Moss says the team is lean.");
    expect(by.get("Lia Moss")).toBe("Dale campaign");
  });
  it("a person's given name and surname after 'for' name a person, not a body", () => {
    const by = run("Voters in Iowa met Ross Dale and Ana Voss on Monday. \"It works,\" said Tim Hale, a spokesman for Ross Dale.");
    expect(by.get("Tim Hale")).toBeNull();
    // (a candidate's campaigns, plural, are their campaign)
    const two = run("Senator Ana Voss spoke on Monday. Ivo Senn, who was chief strategist on Voss's campaigns, agreed.");
    expect(two.get("Ivo Senn")).toBe("Voss campaign");
  });
  it("but an official of a runner's past administration acts for that government", () => {
    const by = run(
      "Republican presidential candidate Ross Dale won the vote in Ohio. Tim Hale, a former official in President Ross Dale's administration, said so. " +
        "Ivo Senn, a secretary of labor during the Dale administration, disagreed.",
    );
    expect(by.get("Tim Hale")).toBe("Ross Dale administration");
    expect(by.get("Ivo Senn")).toBe("Dale administration");
  });
  it("a state in the staff role is where they work for the campaign", () => {
    const by = run("Republican presidential candidate Ross Dale won the vote. Dale's Ohio chairman, Tim Hale, said the count was fair.");
    expect(by.get("Tim Hale")).toBe("Dale campaign");
  });
  it("a campaign's office with no owner is the campaign of the one person running", () => {
    const by = run("Republican presidential candidate Ross Dale toured Ohio on Monday. Tim Hale, the campaign chairman, said the crowds were large.");
    expect(by.get("Tim Hale")).toBe("Dale campaign");
    const two = run("Ross Dale, the Republican nominee, and Ana Voss, the Democratic nominee, met on Monday. Tim Hale, the campaign chairman, said it went well.");
    expect(two.get("Tim Hale")).toBeNull();
  });
  it("a pronoun's owner is of the gender a courtesy title tells ('Mr. Dale … his deputy')", () => {
    const by = run(
      "Peruvian President Dale spoke on Monday. Sen. Tom Ruiz called for calm. As a start, Mr. Dale decided to press the banks. Ivo Senn, his deputy, urged a strong stand.",
    );
    expect(by.get("Ivo Senn")).toBe("Peru");
  });
  it("a courtesy title keeps the other gender's name from owning 'her' ('Mr. Dale' is no 'her')", () => {
    const by = run("Democratic presidential hopeful Kestra Voss spoke in Ohio on Monday. Mr. Dale said the plan was fine. In a statement, her senior policy adviser, Ivo Senn, said the plan was good.");
    expect(by.get("Ivo Senn")).toBe("Voss campaign");
  });
  it("and not when the person named holds an office and runs in no race", () => {
    const by = run("Ohio Sen. Ross Dale opened the hearing on Tuesday. Dale's senior media adviser, Tim Hale, said the bill would pass.");
    expect(by.get("Tim Hale")).toBe("U.S. Senate");
  });
});

describe("represents: a home ministry read with no country takes the one country its sentence names", () => {
  const run = (t: string) => new Map(analyze(snapshotFromPlainText(t)).people.map((p) => [p.name, p.represents]));
  it("by the country's name", () => {
    const by = run("Cholera has killed 40 people in Peru since May, Health Ministry spokesman Ivo Senn said on Monday.");
    expect(by.get("Ivo Senn")).toBe("Peru (Health Ministry)");
  });
  it("not a country the ministry speaks of as another's, nor a foreign ministry's, nor an adjective", () => {
    const by = run(
      "Health Ministry spokesman Ivo Senn said the virus came from Peru. " +
        "Foreign Ministry spokeswoman Ana Vell said Chile would answer. " +
        "Interior Ministry spokesman Tom Rusk said two Peruvian tourists were held.",
    );
    expect(by.get("Ivo Senn")).toBe("Health Ministry");
    expect(by.get("Ana Vell")).toBe("Foreign Ministry");
    expect(by.get("Tom Rusk")).toBe("Interior Ministry");
  });
  it("nor when the sentence names two countries", () => {
    const by = run("Peru and Chile reported new cases, Health Ministry spokesman Ivo Senn said.");
    expect(by.get("Ivo Senn")).toBe("Health Ministry");
  });
});

describe("represents: a diplomat or minister whose role names no country takes one the article gives", () => {
  const run = (t: string) => new Map(analyze(snapshotFromPlainText(t)).people.map((p) => [p.name, p.represents]));
  it("a diplomat sent to a country acts for the country the article names most apart from it", () => {
    const by = run(
      "Tom Hale, a former special envoy to Peru, testified in Washington on Monday. " +
        "He said American aid to Peru had been held up by the United States for weeks.",
    );
    expect(by.get("Tom Hale")).toBe("United States");
  });
  it("not when the article names no other country", () => {
    const by = run("Tom Hale, a former special envoy to Peru, said Peru would sign the deal soon. Peru has not answered.");
    expect(by.get("Tom Hale")).toBeNull();
  });
  it("a minister or an ambassador named under a dateline acts for the dateline's country", () => {
    const by = run("OSLO — Interior Minister Kari Lund said on Tuesday the border would stay open. Ambassador Lars Dahl said the talks went well.");
    expect(by.get("Kari Lund")).toBe("Norway (Interior Ministry)");
    expect(by.get("Lars Dahl")).toBe("Norway");
  });
  it("and so does a sitting secretary of a government's department, not a former one", () => {
    const by = run("OSLO — Foreign Secretary Kari Lund said on Tuesday the border would stay open. Former Home Secretary Lars Dahl disagreed.");
    expect(by.get("Kari Lund")).toBe("Norway");
    expect(by.get("Lars Dahl")).toBeNull();
  });
  it("and so does an attorney general under a capital's dateline", () => {
    const by = run("OSLO — Attorney General Kari Lund said on Tuesday the inquiry would go on.");
    expect(by.get("Kari Lund")).toBe("Norway");
  });
  it("and so does a government's spokesman or official", () => {
    const by = run("OSLO — Government spokesman Kari Lund said on Tuesday the border would stay open.");
    expect(by.get("Kari Lund")).toBe("Norway");
  });
  it("not without a dateline, nor for an office that is not a country's", () => {
    expect(run("Interior Minister Kari Lund said on Tuesday the border would stay open.").get("Kari Lund")).toBe("Interior Ministry");
    expect(run("OSLO — Mayor Kari Lund said on Tuesday the harbour would stay open.").get("Kari Lund") ?? "").not.toMatch(/Norway/);
  });
});

describe("deriveRepresents: an outlet's company office acts for the outlet", () => {
  const facts: DocFacts = { country: null, mainOrg: null, orgs: [], personRep: () => null, isPerson: () => false, isOfficial: () => false };
  const cases: Array<[string, string | null]> = [
    ["CNN President", "CNN"],
    ["president of programming at Fox", "Fox"],
    ["chairman of Fox Studios Group", "Fox Studios Group"],
    ["CNN reporter", null],
  ];
  for (const [role, rep] of cases) it(role, () => expect(deriveRepresents(role, facts)).toBe(rep));
});

describe("deriveRepresents: a religious adjective opens a body's name", () => {
  const facts: DocFacts = { country: null, mainOrg: null, orgs: [], personRep: () => null, isPerson: () => false, isOfficial: () => false };
  const cases: Array<[string, string | null]> = [
    ["director of advocacy for the Orthodox Rabbinical Union", "Orthodox Rabbinical Union"],
    ["spokesman for the Harbor Islamic Center", "Harbor Islamic Center"],
    ["a Jewish leader", null],
    // (not the body an office fights: "envoy to the coalition fighting the Islamic Front")
    ["envoy to the coalition fighting the Islamic Front", null],
  ];
  for (const [role, rep] of cases) it(role, () => expect(deriveRepresents(role, facts)).toBe(rep));
});

describe("deriveRepresents: the seat a runner seeks is not whom they act for", () => {
  const facts: DocFacts = { country: null, mainOrg: null, orgs: [], personRep: () => null, isPerson: () => false, isOfficial: () => false };
  it("White House hopeful", () => expect(deriveRepresents("White House hopeful", facts)).toBeNull());
  it("White House press secretary", () => expect(deriveRepresents("White House press secretary", facts)).toBe("United States"));
});

describe("deriveRepresents: a body named as a campaign, read as a person's name, is that body", () => {
  const facts: DocFacts = { country: null, mainOrg: null, orgs: [], personRep: () => null, isPerson: (w) => w === "harbor" || w === "campaign", isOfficial: () => true };
  it("president of the Harbor Campaign", () => expect(deriveRepresents("president of the Harbor Campaign", facts)).toBe("Harbor Campaign"));
});

describe("deriveRepresents: an armed service named by its one capitalised word", () => {
  const facts: DocFacts = { country: null, orgs: [], isPerson: () => false, isOfficial: () => false, personRep: () => null, mainOrg: null };
  it("retired Army general", () => expect(deriveRepresents("retired Army general", facts)).toBe("Army"));
  it("U.S. Navy captain", () => expect(deriveRepresents("U.S. Navy captain", facts)).toBe("United States (Navy)"));
  // (not a lower-case army, which names no one's)
  it("army spokesman", () => expect(deriveRepresents("army spokesman", facts)).toBeNull());
});

describe("deriveRepresents: a relative acts for no one, whoever they are kin to", () => {
  const facts: DocFacts = { country: null, orgs: [], isPerson: (w) => w === "hale", isOfficial: () => true, personRep: () => "Norland", mainOrg: null, isCandidate: () => true };
  it("daughter of former President Tom Hale", () => expect(deriveRepresents("daughter of former President Tom Hale", facts)).toBeNull());
  it("son of one Ohio governor and the brother of another", () => expect(deriveRepresents("son of one Ohio governor and the brother of another", facts)).toBeNull());
  it("Danish brother and fellow comedian", () => expect(deriveRepresents("Danish brother and fellow comedian", facts)).toBeNull());
  // (an office before a relative's name is the office's: "counsel under X's father")
  it("White House counsel under Hale's father", () => expect(deriveRepresents("White House counsel under Hale's father", facts)).toBe("United States"));
});

describe("deriveRepresents: kin named by a body's office are the body's", () => {
  const facts: DocFacts = { country: null, orgs: [], isPerson: () => false, isOfficial: () => false, personRep: () => null, mainOrg: null };
  it("younger brother of the Harbor Front's deputy leader", () => expect(deriveRepresents("younger brother of the Harbor Front's deputy leader", facts)).toBe("Harbor Front"));
});

describe("deriveRepresents: 'the chamber's' party leader is a legislature's, not a chamber of commerce's", () => {
  const facts: DocFacts = { country: null, orgs: ["Harbor Chamber of Commerce"], isPerson: () => false, isOfficial: () => false, personRep: () => null, mainOrg: null };
  it("the chamber's Democratic leader", () => expect(deriveRepresents("the chamber's Democratic leader", facts)).not.toBe("Harbor Chamber of Commerce"));
  it("the chamber's president", () => expect(deriveRepresents("the chamber's president", facts)).toBe("Harbor Chamber of Commerce"));
});

describe("deriveRepresents: a person's successor holds that person's office, which the role does not name", () => {
  const facts: DocFacts = { country: null, orgs: [], isPerson: (w) => w === "hale", isOfficial: () => true, personRep: () => "Hale campaign", mainOrg: null, isCandidate: () => true };
  it("Hale's successor", () => expect(deriveRepresents("Hale's successor", facts)).toBeNull());
  it("FDIC Chairman Hale's predecessor", () => expect(deriveRepresents("FDIC Chairman Hale's predecessor", facts)).toBe("FDIC"));
});

describe("represents: a bare title of Congress in an article on US politics", () => {
  const run = (t: string) => new Map(analyze(snapshotFromPlainText(t)).people.map((p) => [p.name, p.represents]));
  it("a retired or late member's title too", () => {
    const by = run("Republicans in Congress met on Monday. Retired Sen. Ana Voss said the bill would pass.");
    expect(by.get("Ana Voss")).toBe("U.S. Senate");
  });
});

describe("deriveRepresents: a city's name with 'City' is that city, not a body of the country", () => {
  const facts: DocFacts = { country: null, orgs: [], isPerson: () => false, isOfficial: () => false, personRep: () => null, mainOrg: null };
  it("former New York City mayor", () => expect(deriveRepresents("former New York City mayor", facts)).toBe("New York City"));
  it("mayor of New York City", () => expect(deriveRepresents("mayor of New York City", facts)).toBe("New York City"));
  it("director of Harbor Ghostwriters and an analyst in New York City", () =>
    expect(deriveRepresents("director of Harbor Ghostwriters and an analyst in New York City", facts)).toBe("Harbor Ghostwriters"));
  // (a body named after the city keeps its name)
  it("New York City Council member", () => expect(deriveRepresents("New York City Council member", facts)).toContain("New York City Council"));
});

describe("deriveRepresents: a member of Congress named with the country and a party sits in their chamber, for the party", () => {
  const facts: DocFacts = { country: null, orgs: [], isPerson: () => false, isOfficial: () => false, personRep: () => null, mainOrg: null };
  it("Democratic U.S. Rep.", () => expect(deriveRepresents("Democratic U.S. Rep.", facts)).toBe("U.S. House of Representatives (Democratic Party)"));
  it("former Republican U.S. Senator", () => expect(deriveRepresents("former Republican U.S. Senator", facts)).toBe("U.S. Senate (Republican Party)"));
  // (not a candidate for the seat, who acts for the party)
  it("Democratic U.S. Senate candidate", () => expect(deriveRepresents("Democratic U.S. Senate candidate", facts)).toBe("Democratic Party"));
});

describe("represents: a state legislator with a party tag sits in the state's chamber, not in Congress", () => {
  const run = (t: string) => new Map(analyze(snapshotFromPlainText(t)).people.map((p) => [p.name, p.represents]));
  it("state Sen. X (R-Harbor), State Representative X, a Democrat, State Rep. X (D-Texas)", () => {
    const by = run(
      "The bill passed on Monday. State Sen. Ana Voss (R-Harbor) said it was fair. " +
        "State Representative Tom Hale, a Democrat, said the vote was rushed. State Rep. Sam Pike (D-Texas) said nothing.",
    );
    expect(by.get("Ana Voss")).toBe("state Senate (Republican Party)");
    expect(by.get("Tom Hale")).toBe("state House (Democratic Party)");
    expect(by.get("Sam Pike")).toBe("Texas House (Democratic Party)");
  });
  it("a member of Congress keeps their chamber", () => {
    expect(run("The bill passed on Monday. Sen. Ana Voss (R-Ohio) said it was fair.").get("Ana Voss")).toBe("U.S. Senate (Republican Party)");
  });
});

describe("deriveRepresents: a party's member from a state, in no office, acts for the party of that state", () => {
  const facts: DocFacts = { country: null, orgs: [], isPerson: () => false, isOfficial: () => false, personRep: () => null, mainOrg: null };
  it("Ohio Democrat", () => expect(deriveRepresents("Ohio Democrat", facts)).toBe("Democratic Party (Ohio)"));
  it("Republican from New Jersey", () => expect(deriveRepresents("Republican from New Jersey", facts)).toBe("Republican Party (New Jersey)"));
  // (an office the role names is the office's: "Texas Democratic Sen.", "Ohio Democratic Party chairman")
  it("Texas Democratic Sen.", () => expect(deriveRepresents("Texas Democratic Sen.", facts)).toBe("U.S. Senate (Democratic Party)"));
  it("Ohio Democratic Party chairman", () => expect(deriveRepresents("Ohio Democratic Party chairman", facts)).toBe("Ohio Democratic Party"));
});

describe("represents: a country an official's own role names comes before the dateline's", () => {
  const run = (t: string) => new Map(analyze(snapshotFromPlainText(t)).people.map((p) => [p.name, p.represents]));
  it("NAIROBI — … Foreign Minister X of Uganda; Interior Minister Y", () => {
    const by = run("NAIROBI — The two neighbours signed a water pact on Monday. Foreign Minister Lena Berg of Uganda said the talks were long. Interior Minister Omar Hale said the border would open.");
    expect(by.get("Lena Berg")).toBe("Uganda (Foreign Ministry)");
    expect(by.get("Omar Hale")).toBe("Kenya (Interior Ministry)");
  });
});

describe("deriveRepresents: a person's rival acts against them, not for their campaign", () => {
  const facts: DocFacts = { country: null, orgs: [], isPerson: (w) => w === "dale" || w === "ann", isOfficial: () => true, personRep: () => "Dale campaign", mainOrg: null, isCandidate: () => true };
  it("front-runner Ann Dale's top challenger", () => expect(deriveRepresents("front-runner Ann Dale's top challenger", facts)).toBeNull());
  it("rival of Dale", () => expect(deriveRepresents("rival of Dale", facts)).toBeNull());
  it("Dale's campaign manager", () => expect(deriveRepresents("Dale's campaign manager", facts)).toBe("Dale campaign"));
});

describe("represents: a tagged legislator whose office names a chamber of Congress sits in it, for the party", () => {
  const run = (t: string) => new Map(analyze(snapshotFromPlainText(t)).people.map((p) => [p.name, p.represents]));
  it("Senate Majority Leader X (R-Ky.), House Judiciary Committee Chairman Y (D-Ohio)", () => {
    const by = run("The bill stalled on Monday. Senate Majority Leader Ana Voss (R-Ky.) blamed the House. House Judiciary Committee Chairman Tom Hale (D-Ohio) said it would pass.");
    expect(by.get("Ana Voss")).toBe("U.S. Senate (Republican Party)");
    expect(by.get("Tom Hale")).toBe("U.S. House of Representatives (Democratic Party)");
  });
});

describe("deriveRepresents: a country's name ending a body's name is the name's", () => {
  const facts: DocFacts = { country: null, orgs: [], isPerson: () => false, isOfficial: () => false, personRep: () => null, mainOrg: null };
  it("president of the Steel Workers of America", () => expect(deriveRepresents("president of the Steel Workers of America", facts)).toBe("Steel Workers of America"));
  it("president of Harbor Pro-Choice America", () => expect(deriveRepresents("president of Harbor Pro-Choice America", facts)).toBe("Harbor Pro-Choice America"));
  it("Priorities USA chief strategist", () => expect(deriveRepresents("Priorities USA chief strategist", facts)).toBe("Priorities USA"));
  // (not an office of a country, nor its adjective after a body)
  it("Foreign Minister of Peru", () => expect(deriveRepresents("Foreign Minister of Peru", facts)).toBe("Peru (Foreign Ministry)"));
  it("Harbor Group American chief", () => expect(deriveRepresents("Harbor Group American chief", facts)).toBe("United States (Harbor Group)"));
});

describe("represents: a governor's state is not the state of another's office in the sentence", () => {
  const run = (t: string) => new Map(analyze(snapshotFromPlainText(t)).people.map((p) => [p.name, p.represents]));
  it("the Ohio senator won the endorsement of Gov. X (after a sentence naming Georgia)", () => {
    expect(run("Voters in Georgia went to the polls on Tuesday. The Ohio senator won the endorsement of Gov. Tom Hale, who praised him.").get("Tom Hale")).toBe("Georgia");
    expect(run("The Ohio senator won the endorsement of Gov. Tom Hale, who praised him.").get("Tom Hale")).toBeNull();
  });
});

describe("represents: a bare title does not take the office described before it for another named person", () => {
  const run = (t: string) => new Map(analyze(snapshotFromPlainText(t)).people.map((p) => [p.name, p.represents]));
  it("the trade minister, X, … Minister Y", () => {
    const by = run("Talks went on for hours. The trade minister, Peter Otieno, said tariffs would fall. Others were cautious. Minister Ali Juma said the port would wait.");
    expect(by.get("Peter Otieno")).toBe("Trade Ministry");
    expect(by.get("Ali Juma") ?? "").not.toContain("Trade");
  });
});

describe("deriveRepresents: a country's name of three or four words, and the Emirates", () => {
  const facts: DocFacts = { country: null, orgs: [], isPerson: () => false, isOfficial: () => false, personRep: () => null, mainOrg: null };
  it("Papua New Guinea Prime Minister", () => expect(deriveRepresents("Papua New Guinea Prime Minister", facts)).toBe("Papua New Guinea"));
  it("Central African Republic President", () => expect(deriveRepresents("Central African Republic President", facts)).toBe("Central African Republic"));
  it("Emirates President", () => expect(deriveRepresents("Emirates President", facts)).toBe("United Arab Emirates"));
  // (not the airline)
  it("Emirates airline president", () => expect(deriveRepresents("Emirates airline president", facts)).not.toBe("United Arab Emirates"));
});

describe("deriveRepresents: a high commissioner sent to a country does not act for it", () => {
  const facts: DocFacts = { country: null, orgs: [], isPerson: () => false, isOfficial: () => false, personRep: () => null, mainOrg: null };
  it("High Commissioner to India", () => expect(deriveRepresents("High Commissioner to India", facts)).toBeNull());
  it("Kenya's High Commissioner to India", () => expect(deriveRepresents("Kenya's High Commissioner to India", facts)).toBe("Kenya"));
});

describe("represents: 'the country's' minister acts for the country named just before, not the dateline's", () => {
  const run = (t: string) => new Map(analyze(snapshotFromPlainText(t)).people.map((p) => [p.name, p.represents]));
  it("NAIROBI — … In Tanzania, the country's foreign minister, X, said", () => {
    const by = run("NAIROBI — Kenya agreed to build a pipeline on Monday. In Tanzania, the country's foreign minister, Amani Mollel, said her government was watching.");
    expect(by.get("Amani Mollel")).toBe("Tanzania (Foreign Ministry)");
  });
});

describe("deriveRepresents: a company named by an organisation's word owns its officer's office", () => {
  const facts: DocFacts = { country: null, orgs: ["Capital Mills", "European Commission"], isPerson: () => false, isOfficial: () => false, personRep: () => null, mainOrg: null };
  it("Capital's chief executive", () => expect(deriveRepresents("Capital's chief executive", facts)).toBe("Capital Mills"));
  // (not a body the article names otherwise)
  it("Commission's executive director", () => expect(deriveRepresents("Commission's executive director", facts)).toBeNull());
});

describe("deriveRepresents: a body's acronym before a title with an 'of' field is the body", () => {
  const facts: DocFacts = { country: null, orgs: [], isPerson: () => false, isOfficial: () => false, personRep: () => null, mainOrg: null };
  it("HWU Director of Government Affairs", () => expect(deriveRepresents("HWU Director of Government Affairs", facts)).toBe("HWU"));
  it("DNC Chief of Staff", () => expect(deriveRepresents("DNC Chief of Staff", facts)).toBe("DNC"));
  // (not a body's name that runs on past its office word)
  it("chairman of the Joint Chiefs of Staff", () => expect(deriveRepresents("chairman of the Joint Chiefs of Staff", facts)).toBeNull());
});

describe("deriveRepresents: a minister's portfolio after the office is their ministry, not a body", () => {
  const facts: DocFacts = { country: null, orgs: [], isPerson: () => false, isOfficial: () => false, personRep: () => null, mainOrg: null };
  it("Minister of Foreign Affairs of Peru", () => expect(deriveRepresents("Minister of Foreign Affairs of Peru", facts)).toBe("Peru (Ministry of Foreign Affairs)"));
  it("Kenyan Minister of Health", () => expect(deriveRepresents("Kenyan Minister of Health", facts)).toBe("Kenya (Ministry of Health)"));
  it("Minister of State for Trade and Industry", () => expect(deriveRepresents("Minister of State for Trade and Industry", facts)).toBe("Ministry of Trade and Industry"));
  it("Cabinet Secretary for Health", () => expect(deriveRepresents("Cabinet Secretary for Health", facts)).toBe("Ministry of Health"));
  // (not a staff's office for a person, nor a country's head)
  it("press secretary for Mr. Dale", () => expect(deriveRepresents("press secretary for Mr. Dale", facts)).not.toContain("Ministry"));
  it("Prime Minister of Canada", () => expect(deriveRepresents("Prime Minister of Canada", facts)).toBe("Canada"));
});

describe("represents: a bare ministry of a portfolio of several words takes the dateline's country", () => {
  const run = (t: string) => new Map(analyze(snapshotFromPlainText(t)).people.map((p) => [p.name, p.represents]));
  it("NAIROBI — … Minister of Foreign Affairs and Trade X", () => {
    const by = run("NAIROBI — Talks on trade opened on Monday. Ruth Wanjiru, the Minister of Foreign Affairs and Trade, said the talks were useful. Minister of Finance Tom Odhiambo said money was short.");
    expect(by.get("Ruth Wanjiru")).toBe("Kenya (Ministry of Foreign Affairs and Trade)");
    expect(by.get("Tom Odhiambo")).toBe("Kenya (Ministry of Finance)");
  });
});

describe("deriveRepresents: a city's state, and a legislator's seat after 'for'", () => {
  const facts: DocFacts = { country: null, orgs: [], isPerson: () => false, isOfficial: () => false, personRep: () => null, mainOrg: null };
  it("Lagos State Governor", () => expect(deriveRepresents("Lagos State Governor", facts)).toBe("Lagos State"));
  it("Governor of Lagos State", () => expect(deriveRepresents("Governor of Lagos State", facts)).toBe("Lagos State"));
  it("Member of Parliament for Lagos", () => expect(deriveRepresents("Member of Parliament for Lagos", facts)).toBe("Parliament"));
  it("member of the Harbor Machinists Union in Washington State", () =>
    expect(deriveRepresents("member of the Harbor Machinists Union in Washington State", facts)).toBe("Harbor Machinists Union"));
});

describe("represents: a minister owned by 'its' acts for the country that opens the sentence, not the dateline's", () => {
  const run = (t: string) => new Map(analyze(snapshotFromPlainText(t)).people.map((p) => [p.name, p.represents]));
  it("NAIROBI — … Uganda also joined. Its foreign minister, X; Rwanda … sent its trade minister, Y", () => {
    const by = run(
      "NAIROBI — Kenya agreed to build a pipeline on Monday. Uganda also joined. Its foreign minister, Jeje Okello, said Kampala agreed. " +
        "Rwanda, which borders Uganda, sent its trade minister, Paula Mugisha, who said Kigali was ready.",
    );
    expect(by.get("Jeje Okello")).toBe("Uganda (Foreign Ministry)");
    expect(by.get("Paula Mugisha")).toBe("Rwanda (Trade Ministry)");
  });
});

describe("represents: a role that opens with 'country's' acts for the country named last before it in the sentence", () => {
  const run = (t: string) => new Map(analyze(snapshotFromPlainText(t)).people.map((p) => [p.name, p.represents]));
  it("an article on Kenya: In Tanzania, X, the country's interior minister", () => {
    const by = run(
      "NAIROBI — Kenya agreed to build a pipeline on Monday. Kenya will pay half. Kenya's parliament must approve it. " +
        "In Tanzania, Amani Mwita, the country's interior minister, said the border would stay open. Later, Ruth Achieng, the country's trade minister, said Kenya was ready.",
    );
    expect(by.get("Amani Mwita")).toBe("Tanzania (Interior Ministry)");
    // (no country named before it in its sentence: the article's)
    expect(by.get("Ruth Achieng")).toBe("Kenya (Trade Ministry)");
  });
});

describe("deriveRepresents: an office's field after 'for' is no body, and 'Assistant' opens no name", () => {
  const facts: DocFacts = { country: null, orgs: [], isPerson: () => false, isOfficial: () => false, personRep: () => null, mainOrg: null };
  it("Undersecretary for Political Affairs", () => expect(deriveRepresents("Undersecretary for Political Affairs", facts)).toBeNull());
  it("director for Asian Affairs at the Harbor Council", () => expect(deriveRepresents("director for Asian Affairs at the Harbor Council", facts)).toBe("Harbor Council"));
  it("Kuwaiti Assistant Foreign Minister for Consular Affairs", () =>
    expect(deriveRepresents("Kuwaiti Assistant Foreign Minister for Consular Affairs", facts)).toBe("Kuwait (Foreign Ministry)"));
  it("Assistant U.S. Attorney", () => expect(deriveRepresents("Assistant U.S. Attorney", facts)).toBe("U.S. Attorney's Office"));
});

describe("deriveRepresents: a country's diplomat posted to an international body acts for the country", () => {
  const facts: DocFacts = { country: null, orgs: [], isPerson: () => false, isOfficial: () => false, personRep: () => null, mainOrg: null };
  it("Ukraine's UN ambassador", () => expect(deriveRepresents("Ukraine's UN ambassador", facts)).toBe("Ukraine"));
  it("Russian UN envoy", () => expect(deriveRepresents("Russian UN envoy", facts)).toBe("Russia"));
  // (the body's own: "EU ambassador to China", "UN envoy for Syria")
  it("EU ambassador to China", () => expect(deriveRepresents("EU ambassador to China", facts)).toBe("European Union"));
  it("UN envoy for Syria", () => expect(deriveRepresents("UN envoy for Syria", facts)).toBe("United Nations"));
});

describe("deriveRepresents: a country's adjective opening an authority's name is the name's", () => {
  const facts: DocFacts = { country: null, orgs: [], isPerson: () => false, isOfficial: () => false, personRep: () => null, mainOrg: null };
  it("Palestinian Authority President", () => expect(deriveRepresents("Palestinian Authority President", facts)).toBe("Palestinian Authority"));
  it("Kenyan Ports Authority chief", () => expect(deriveRepresents("Kenyan Ports Authority chief", facts)).toBe("Kenyan Ports Authority"));
});

describe("represents: a bare title does not take an office described before it when the title named someone else before", () => {
  const run = (t: string) => new Map(analyze(snapshotFromPlainText(t)).people.map((p) => [p.name, p.represents]));
  it("President X met the German president. The Ruritanian president said … President Y said", () => {
    const by = run(
      "President Tom Hale of Ruritania met the German president on Monday. The Ruritanian president said the talks were good. " +
        "President Frank Weber said his country would send more aid.",
    );
    expect(by.get("Frank Weber") ?? "").not.toContain("Ruritania");
  });
});

describe("represents: no dateline country for an office when the article names another country more often", () => {
  const run = (t: string) => new Map(analyze(snapshotFromPlainText(t)).people.map((p) => [p.name, p.represents]));
  it("WASHINGTON — an article on Germany: Chancellor X", () => {
    const by = run("WASHINGTON — Germany will send more aid to its allies, German officials said. Berlin has doubled its budget. Chancellor Olaf Brandt said Germany was ready.");
    expect(by.get("Olaf Brandt") ?? "").not.toBe("United States");
  });
  it("ZENDA-style home dateline: Interior Minister X", () => {
    expect(run("NAIROBI — The border will reopen next week. Interior Minister Omar Hale said the road was safe.").get("Omar Hale")).toBe("Kenya (Interior Ministry)");
  });
});

describe("deriveRepresents: an office's lower-case field after 'for' or 'of' is no body", () => {
  const facts: DocFacts = { country: null, orgs: [], isPerson: () => false, isOfficial: () => false, personRep: () => null, mainOrg: null };
  it("U.S. special envoy for energy affairs", () => expect(deriveRepresents("U.S. special envoy for energy affairs", facts)).toBe("United States"));
  it("vice president for public and governmental affairs", () => expect(deriveRepresents("vice president for public and governmental affairs", facts)).toBeNull());
  it("former secretary of homeland security", () => expect(deriveRepresents("former secretary of homeland security", facts)).toBe("Department of Homeland Security"));
});

describe("deriveRepresents: capitalised words before a party's plural are the party's name", () => {
  const facts: DocFacts = { country: null, orgs: [], isPerson: () => false, isOfficial: () => false, personRep: () => null, mainOrg: null };
  it("leader of the Free Democrats", () => expect(deriveRepresents("leader of the Free Democrats", facts)).toBe("Free Democrats"));
  it("Harbor Cabin Republicans president", () => expect(deriveRepresents("Harbor Cabin Republicans president", facts)).toBe("Harbor Cabin Republicans"));
  // (not a chamber's or a state's members)
  it("House Democrats leader", () => expect(deriveRepresents("House Democrats leader", facts)).toBe("U.S. House of Representatives (Democratic Party)"));
  it("Ohio Democrats chairman", () => expect(deriveRepresents("Ohio Democrats chairman", facts)).toBe("Ohio (Democratic Party)"));
});

describe("represents: a title that a country qualified before does not block a later description", () => {
  const run = (t: string) => new Map(analyze(snapshotFromPlainText(t)).people.map((p) => [p.name, p.represents]));
  it("Qatari Prime Minister X … The Israeli prime minister's office … Prime Minister Y", () => {
    const by = run(
      "CAIRO — Talks resumed in Cairo on Sunday. Qatari Prime Minister Omar Hadi said a deal was near. " +
        "The Israeli prime minister's office said it would send a team. Prime Minister Dan Levy said Israel wanted a deal.",
    );
    expect(by.get("Dan Levy")).toBe("Israel");
  });
});

describe("represents: a company named like a person before its officer's office is that company", () => {
  const run = (t: string) => new Map(analyze(snapshotFromPlainText(t)).people.map((p) => [p.name, p.represents]));
  it("Harlan Fisk chief executive X; Morgan Pryce's chief financial officer Y", () => {
    const by = run(
      "NEW YORK — Big banks reported higher profits on Friday. Harlan Fisk chief executive David Solano said trading was strong. " +
        "Morgan Pryce's chief financial officer, Sharon Yates, said wealth management grew.",
    );
    expect(by.get("David Solano")).toBe("Harlan Fisk");
    expect(by.get("Sharon Yates")).toBe("Morgan Pryce");
  });
});

describe("deriveRepresents: a state legislature's chamber, with the state the role names", () => {
  const facts: DocFacts = { country: null, orgs: [], isPerson: () => false, isOfficial: () => false, personRep: () => null, mainOrg: null };
  it("state House Speaker", () => expect(deriveRepresents("state House Speaker", facts)).toBe("state House"));
  it("former state Senate majority leader in Maine", () => expect(deriveRepresents("former state Senate majority leader in Maine", facts)).toBe("Maine Senate"));
  it("Former Arizona State Senator", () => expect(deriveRepresents("Former Arizona State Senator", facts)).toBe("Arizona Senate"));
  // (not a convention's state delegate, nor a race's seat)
  it("Minnesota state delegate", () => expect(deriveRepresents("Minnesota state delegate", facts)).toBe("Minnesota"));
  it("California state Senate candidate", () => expect(deriveRepresents("California state Senate candidate", facts) ?? "").not.toContain("California Senate"));
});

describe("deriveRepresents: a chamber a runner seeks is not whom they act for", () => {
  const facts: DocFacts = { country: null, orgs: [], isPerson: () => false, isOfficial: () => false, personRep: () => null, mainOrg: null };
  it("Vermont state Senate candidate", () => expect(deriveRepresents("Vermont state Senate candidate", facts)).toBeNull());
  it("Democratic Senate candidate", () => expect(deriveRepresents("Democratic Senate candidate", facts)).toBe("Democratic Party"));
  it("Senate Majority Leader", () => expect(deriveRepresents("Senate Majority Leader", facts)).toBe("Senate"));
});
