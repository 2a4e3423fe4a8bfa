/**
 * Offices, roles and the words around them: titles before names, role nouns, role modifiers, the
 * governmental and corporate offices, ministry subjects.
 * Keys are lower-case and diacritic-folded (normalize.ts) unless stated otherwise.
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
mp mps mep mla mpp lawmaker legislator councillor councilor councilman councilwoman councilmember alderman coach manager
spokesman spokeswoman spokesperson principal accounting operating financial technology
leader head dep assemblyman assemblywoman delegate president-elect sens reps govs whip
administrator vp svp evp
`);

/** Nouns (lower-case, singular and plural) that name an office, job or public function; they
 *  mark a following or preceding name as a person and supply its role. */
export const ROLE_NOUNS = set(`
member members exec execs predecessor successor editor-in-chief fellow physician physicians counterpart counterparts
committeeman committeewoman committeemen committeewomen whip whips
president presidents minister ministers premier chancellor secretary secretaries governor governors mayor mayors
senator senators lawmaker lawmakers legislator legislators mp mps mep meps congressman congresswoman
representative representatives deputy deputies speaker ambassador ambassadors envoy envoys diplomat diplomats
consul official officials spokesman spokeswoman spokesperson spokespeople spokesmen adviser advisers advisor
advisors aide aides counsellor counselor negotiator negotiators commissioner commissioners chief chiefs head
heads director directors director-general directorgeneral chairman chairwoman chair chairperson ceo cfo coo cto
executive executives officer officers president-elect candidate candidates nominee leader leaders
general generals commander commanders colonel major captain lieutenant sergeant admiral marshal warlord warlords
judge judges justice justices magistrate magistrates prosecutor prosecutors attorney-general attorney attorneys lawyer lawyers
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
consultant specialist specialists staffer liaison mate policymaker policymakers ombudsman comptroller registrar auditor-general warden
mayor-elect vice-president vice-chairman mla mpp councillor councilor councilman councilwoman councilmember councilmen councilwomen alderman delegate
hopeful hopefuls contender contenders challenger frontrunner front-runner incumbent figure
administrator administrators vp vps svp evp supervisor supervisors donor donors boss bosses
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
company independent brokerage bank campaign republican democratic liberal conservative labour shadow caretaker
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
