/** An invented news article (written for the tests) that exercises coreference and attribution
 *  across paragraphs: surnames, pronouns, role references, continued quotations, sources. */
export const SAMPLE_ARTICLE = [
  "Ministers meet in Valletta as fishing dispute deepens",
  "By Clara Bonnici",
  'VALLETTA - Maltese Fisheries Minister Joseph Camilleri said on Wednesday that talks with Tunisian negotiators had made "real progress" but that key issues remained open.',
  "“We are closer than we were a month ago,” Camilleri told reporters outside the ministry. “Nobody should expect a deal this week.",
  "“But I am hopeful,” he added.",
  "Tunisian Agriculture Ministry spokeswoman Leila Ben Salah, who attended the talks, said her government wanted quotas reviewed every year.",
  "According to her, the current system favours larger fleets. The spokeswoman added that fishermen in Sfax had lost half their income.",
  "An EU official familiar with the negotiations said the European Commission was ready to mediate. Maltese media reported Thursday that a second round would be held in Tunis.",
  "(Photo: Marco GRECH/Reuters)",
  "Fishing co-operative Nordmar said its members would protest in the harbour on Saturday. The protest would be peaceful, the co-operative said.",
  '"The minister has our support," said Prime Minister Anton Vella, adding that the cabinet would discuss the matter on Monday.',
].join("\n\n");
