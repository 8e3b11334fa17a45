//! Word lists the attribution stages share. Every list is sorted, lowercase
//! ASCII (checked by a test) and searched with `binary_search`.

/// True when `word` (any case) is in the sorted lowercase `list`.
pub fn contains(list: &[&str], word: &str) -> bool {
    if word.len() > 24 {
        return false;
    }
    if word.bytes().any(|b| b.is_ascii_uppercase()) {
        let lower = word.to_ascii_lowercase();
        list.binary_search(&lower.as_str()).is_ok()
    } else {
        list.binary_search(&word).is_ok()
    }
}

/// Capitalised words that start sentences but never start names.
pub const NOT_NAMES: &[&str] = &[
    "a", "about", "above", "according", "across", "after", "afterward", "again", "against", "ago", "all", "almost",
    "already", "also", "although", "always", "among", "an", "and", "another", "any", "anyone", "anything", "are",
    "around", "as", "asked", "at", "because", "before", "being", "below", "between", "both", "but", "by", "can",
    "could", "despite", "did", "do", "does", "during", "each", "earlier", "either", "else", "even", "ever", "every",
    "everyone", "everything", "except", "few", "finally", "first", "for", "from", "further", "had", "has", "have",
    "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "indeed",
    "inside", "instead", "into", "is", "it", "its", "itself", "just", "last", "later", "least", "less", "like", "many",
    "may", "maybe", "me", "meanwhile", "might", "more", "moreover", "most", "much", "must", "my", "neither", "never",
    "nevertheless", "next", "no", "nobody", "none", "nor", "not", "nothing", "now", "of", "often", "oh", "ok", "okay",
    "on", "once", "one", "only", "or", "other", "others", "otherwise", "our", "ours", "out", "outside", "over",
    "perhaps", "please", "rather", "read", "really", "said", "says", "second", "several", "shall", "she", "should",
    "since", "so", "some", "someone", "something", "sometimes", "soon", "still", "such", "than", "thank", "thanks",
    "that", "the", "their", "theirs", "them", "themselves", "then", "there", "therefore", "these", "they", "third",
    "this", "those", "though", "through", "thus", "to", "today", "together", "tomorrow", "tonight", "too", "toward",
    "towards", "under", "unless", "unlike", "until", "up", "upon", "us", "very", "was", "we", "well", "were", "what",
    "whatever", "when", "whenever", "where", "whereas", "whether", "which", "while", "who", "whoever", "whom", "whose",
    "why", "will", "with", "within", "without", "would", "yes", "yesterday", "yet", "you", "your", "yours",
];

/// Title words that end the role part of a capitalised run:
/// "US President | Donald Trump", "Russian Foreign Minister | Sergei Lavrov".
pub const TITLES: &[&str] = &[
    "adm", "admiral", "ambassador", "archbishop", "attorney", "ayatollah", "bishop", "brig", "capt", "captain",
    "cardinal", "ceo", "cfo", "chair", "chairman", "chairperson", "chairwoman", "chancellor", "chief", "cmdr", "coach",
    "col", "colonel", "commander", "commissioner", "congressman", "congresswoman", "coo", "councilman",
    "councilmember", "councilwoman", "cpl", "dame", "delegate", "deputy", "det", "detective", "director", "dr", "emir",
    "envoy", "father", "gen", "general", "gov", "governor", "imam", "inspector", "judge", "justice", "king", "leader",
    "lieutenant", "lord", "lt", "maj", "major", "manager", "mayor", "minister", "nominee", "officer", "pastor",
    "police", "pope", "premier", "president", "president-elect", "prince", "princess", "prof", "professor", "queen",
    "rabbi", "rep", "representative", "rev", "reverend", "secretary", "secretary-general", "sen", "senator",
    "sergeant", "sgt", "sheikh", "sheriff", "sir", "speaker", "spokesman", "spokesperson", "spokeswoman", "sultan",
    "superintendent", "supt", "treasurer", "vice-president", "whip",
];

/// Honorifics: part of how a person is called, not a role.
pub const HONORIFICS: &[&str] = &["miss", "mr", "mrs", "ms", "mx"];

/// Nouns that head a role or description ("press secretary", "Russian media").
pub const ROLE_HEADS: &[&str] = &[
    "activist", "actor", "actress", "adviser", "advisor", "agency", "agent", "aide", "ambassador", "analyst", "anchor",
    "attorney", "author", "blogger", "broadcaster", "campaigner", "candidate", "ceo", "chair", "chairman",
    "chairwoman", "champion", "chancellor", "channel", "chief", "cleric", "co-founder", "coach", "cofounder",
    "columnist", "commander", "commentator", "commissioner", "company", "congressman", "congresswoman", "consultant",
    "correspondent", "counsel", "daily", "daughter", "democrat", "deputy", "diplomat", "director", "doctor",
    "economist", "editor", "envoy", "executive", "expert", "father", "fellow", "firm", "founder", "general",
    "governor", "group", "head", "historian", "host", "husband", "investor", "journalist", "judge", "justice",
    "lawmaker", "lawyer", "leader", "legislator", "magazine", "manager", "mayor", "media", "member", "minister",
    "mother", "network", "newspaper", "nominee", "officer", "official", "organizer", "outlet", "owner", "partner",
    "physician", "player", "politician", "pollster", "premier", "president", "president-elect", "professor",
    "prosecutor", "publication", "rapper", "representative", "republican", "researcher", "scholar", "scientist",
    "secretary", "senator", "sheriff", "singer", "sister", "son", "speaker", "spokesman", "spokesperson",
    "spokeswoman", "star", "strategist", "tabloid", "teacher", "website", "wife", "writer",
];

/// Heads that make a description an organisation's ("Russian media RIA Novosti").
pub const ORG_ROLE_HEADS: &[&str] = &[
    "agency", "broadcaster", "channel", "company", "daily", "firm", "group", "magazine", "media", "network",
    "newspaper", "outlet", "publication", "tabloid", "website",
];

/// Words that mark a capitalised run as an organisation.
pub const ORG_WORDS: &[&str] = &[
    "academy", "administration", "agency", "airlines", "alliance", "army", "assembly", "associated", "association",
    "authority", "bank", "board", "bureau", "cabinet", "campaign", "center", "centre", "church", "club", "coalition",
    "college", "commission", "committee", "company", "congress", "corp", "corporation", "council", "court",
    "department", "foundation", "front", "fund", "gazette", "government", "group", "guard", "herald", "holdings",
    "house", "inc", "institute", "institution", "journal", "kremlin", "league", "llc", "ltd", "media", "ministry",
    "movement", "navy", "network", "news", "office", "organisation", "organization", "parliament", "party", "pentagon",
    "police", "post", "press", "project", "radio", "reuters", "school", "senate", "service", "society", "staff",
    "team", "telegraph", "television", "times", "tribune", "union", "university", "wire",
];

/// Well-known news outlets and agencies that are single words or acronyms.
pub const OUTLETS: &[&str] = &[
    "abc", "afp", "al-jazeera", "ap", "axios", "bbc", "bloomberg", "breitbart", "buzzfeed", "cbs", "cnbc", "cnn",
    "dpa", "economist", "efe", "forbes", "fortune", "fox", "guardian", "haaretz", "huffpost", "independent",
    "interfax", "msnbc", "nbc", "newsweek", "npr", "pbs", "politico", "politifact", "reuters", "ria", "slate", "tass",
    "telegraph", "time", "upi", "vox", "xinhua",
];

/// Nationality adjectives and country abbreviations used as modifiers.
pub const DEMONYMS: &[&str] = &[
    "afghan", "african", "albanian", "algerian", "american", "arab", "argentine", "armenian", "asian", "australian",
    "austrian", "azerbaijani", "bangladeshi", "belarusian", "belgian", "bolivian", "bosnian", "brazilian", "british",
    "bulgarian", "burmese", "cambodian", "canadian", "chilean", "chinese", "colombian", "croatian", "cuban", "czech",
    "danish", "dutch", "egyptian", "emirati", "english", "estonian", "ethiopian", "eu", "european", "filipino",
    "finnish", "french", "georgian", "german", "ghanaian", "greek", "haitian", "hungarian", "indian", "indonesian",
    "iranian", "iraqi", "irish", "israeli", "italian", "japanese", "jordanian", "kazakh", "kenyan", "korean",
    "kurdish", "kuwaiti", "latvian", "lebanese", "libyan", "lithuanian", "malaysian", "mexican", "moldovan",
    "moroccan", "nigerian", "north", "norwegian", "pakistani", "palestinian", "peruvian", "polish", "portuguese",
    "qatari", "romanian", "russian", "saudi", "scottish", "serbian", "slovak", "somali", "south", "soviet", "spanish",
    "sudanese", "swedish", "swiss", "syrian", "taiwanese", "thai", "tunisian", "turkish", "u.k.", "u.n.", "u.s.", "uk",
    "ukrainian", "un", "us", "venezuelan", "vietnamese", "welsh", "western", "yemeni",
];

/// Common given names, to tell a person ("Dmitry Peskov") from an
/// organisation when nothing else does.
pub const GIVEN_NAMES: &[&str] = &[
    "aaron", "abdul", "abraham", "adam", "ahmed", "alan", "albert", "alejandro", "aleksandr", "alex", "alexander",
    "alexandria", "alexei", "ali", "alice", "alicia", "amanda", "amy", "ana", "andrea", "andrew", "andrzej", "angela",
    "ann", "anna", "anne", "anthony", "antonio", "antony", "barack", "barbara", "ben", "benjamin", "bernie", "beto",
    "betsy", "bill", "bob", "boris", "brad", "brian", "bruce", "carl", "carlos", "carly", "carol", "catherine",
    "charles", "charlie", "chris", "christian", "christine", "christopher", "chuck", "claire", "claudia", "colin",
    "cory", "dan", "daniel", "david", "debbie", "deborah", "dennis", "diana", "diane", "dmitri", "dmitry", "don",
    "donald", "donna", "doug", "douglas", "ed", "edward", "elizabeth", "ellen", "elon", "emily", "emma", "emmanuel",
    "eric", "erin", "fernando", "frank", "fred", "gary", "george", "gina", "greg", "gregory", "hakeem", "hans",
    "harry", "heather", "helen", "henry", "hillary", "howard", "hunter", "ian", "igor", "ivan", "ivanka", "jack",
    "jacob", "jake", "james", "jamie", "jan", "jane", "janet", "jared", "jason", "javier", "jean", "jeb", "jeff",
    "jeffrey", "jennifer", "jeremy", "jerome", "jessica", "jill", "jim", "jimmy", "joe", "john", "jonathan", "jorge",
    "jose", "joseph", "josh", "joshua", "juan", "judy", "julia", "julian", "julie", "justin", "kamala", "karen",
    "karine", "karoline", "kate", "katherine", "kathy", "kelly", "ken", "kevin", "kim", "kristi", "larry", "laura",
    "lee", "leon", "linda", "lindsey", "lisa", "liz", "luis", "marco", "margaret", "maria", "marie", "mark", "martin",
    "mary", "matt", "matthew", "maxim", "megan", "melania", "michael", "michel", "michelle", "mike", "mikhail",
    "mitch", "mitt", "mohammed", "muhammad", "nancy", "natalia", "nathan", "nicholas", "nick", "nicola", "nicolas",
    "nikki", "olaf", "olga", "oliver", "olivia", "pam", "pamela", "patricia", "patrick", "paul", "pedro", "pete",
    "peter", "philip", "rachel", "ralph", "ray", "rebecca", "richard", "rick", "rishi", "rob", "robert", "roger",
    "ron", "ronald", "rudy", "ruth", "ryan", "sam", "samuel", "sarah", "scott", "sean", "sergei", "sergey", "sharon",
    "stephen", "steve", "steven", "susan", "ted", "terry", "thomas", "tim", "timothy", "tina", "todd", "tom", "tony",
    "tulsi", "valerie", "victor", "victoria", "viktor", "vladimir", "volodymyr", "walter", "wayne", "william", "xi",
    "yulia", "zach",
];

/// Lowercase nouns that head a speaker noun phrase, with the kind of speaker.
/// `true`: a group or person-like source; `false`: an organisation or document.
pub const SPEAKER_NOUNS: &[(&str, bool)] = &[
    ("activist", true),
    ("activists", true),
    ("ad", false),
    ("administration", false),
    ("adviser", true),
    ("advisers", true),
    ("advisor", true),
    ("advisors", true),
    ("advocate", true),
    ("agency", false),
    ("agent", true),
    ("aide", true),
    ("aides", true),
    ("americans", true),
    ("analysis", false),
    ("analyst", true),
    ("analysts", true),
    ("army", false),
    ("article", false),
    ("assessment", false),
    ("association", false),
    ("attendee", true),
    ("attorney", true),
    ("attorneys", true),
    ("audience", true),
    ("audit", false),
    ("author", true),
    ("authorities", true),
    ("authors", true),
    ("bank", false),
    ("banker", true),
    ("bill", false),
    ("blog", false),
    ("board", false),
    ("book", false),
    ("brief", false),
    ("campaign", false),
    ("candidate", true),
    ("chairman", true),
    ("chief", true),
    ("child", true),
    ("children", true),
    ("citizen", true),
    ("clip", false),
    ("coach", true),
    ("commentator", true),
    ("commission", false),
    ("committee", false),
    ("company", false),
    ("complaint", false),
    ("conservatives", true),
    ("council", false),
    ("court", false),
    ("critic", true),
    ("critics", true),
    ("crowd", true),
    ("customer", true),
    ("data", false),
    ("delegate", true),
    ("democrats", true),
    ("demonstrator", true),
    ("department", false),
    ("diplomat", true),
    ("diplomats", true),
    ("director", true),
    ("doctor", true),
    ("doctors", true),
    ("document", false),
    ("documents", false),
    ("economist", true),
    ("economists", true),
    ("editorial", false),
    ("email", false),
    ("employee", true),
    ("estimate", false),
    ("estimates", false),
    ("executive", true),
    ("executives", true),
    ("expert", true),
    ("experts", true),
    ("family", true),
    ("fan", true),
    ("farmer", true),
    ("figures", false),
    ("filing", false),
    ("findings", false),
    ("firm", false),
    ("forecast", false),
    ("friend", true),
    ("fund", false),
    ("government", false),
    ("governor", true),
    ("group", false),
    ("guidance", false),
    ("historian", true),
    ("independents", true),
    ("indictment", false),
    ("insider", true),
    ("insiders", true),
    ("institute", false),
    ("investigator", true),
    ("investigators", true),
    ("investor", true),
    ("judge", true),
    ("juror", true),
    ("kid", true),
    ("law", false),
    ("lawmaker", true),
    ("lawmakers", true),
    ("lawsuit", false),
    ("lawyer", true),
    ("lawyers", true),
    ("leader", true),
    ("leaders", true),
    ("legislators", true),
    ("letter", false),
    ("liberals", true),
    ("man", true),
    ("manager", true),
    ("mayor", true),
    ("media", false),
    ("member", true),
    ("memo", false),
    ("men", true),
    ("message", false),
    ("military", false),
    ("minister", true),
    ("ministry", false),
    ("model", false),
    ("neighbor", true),
    ("network", false),
    ("newspaper", false),
    ("nominee", true),
    ("nurse", true),
    ("observer", true),
    ("observers", true),
    ("office", false),
    ("officer", true),
    ("officers", true),
    ("official", true),
    ("officials", true),
    ("opponent", true),
    ("opponents", true),
    ("organization", false),
    ("organizer", true),
    ("organizers", true),
    ("outlet", false),
    ("owner", true),
    ("parent", true),
    ("participant", true),
    ("party", false),
    ("pentagon", false),
    ("people", true),
    ("person", true),
    ("physician", true),
    ("plan", false),
    ("platform", false),
    ("player", true),
    ("police", true),
    ("poll", false),
    ("polls", false),
    ("pollster", true),
    ("pollsters", true),
    ("post", false),
    ("president", true),
    ("press", false),
    ("professor", true),
    ("progressives", true),
    ("projection", false),
    ("proposal", false),
    ("prosecutor", true),
    ("prosecutors", true),
    ("protester", true),
    ("protesters", true),
    ("pundit", true),
    ("questioner", true),
    ("regulators", true),
    ("relative", true),
    ("release", false),
    ("report", false),
    ("reports", false),
    ("republicans", true),
    ("research", false),
    ("researcher", true),
    ("researchers", true),
    ("resident", true),
    ("residents", true),
    ("review", false),
    ("ruling", false),
    ("scholar", true),
    ("school", false),
    ("scientist", true),
    ("scientists", true),
    ("secretary", true),
    ("senator", true),
    ("source", true),
    ("sources", true),
    ("spokesman", true),
    ("spokesperson", true),
    ("spokeswoman", true),
    ("staff", true),
    ("staffer", true),
    ("statement", false),
    ("story", false),
    ("strategist", true),
    ("strategists", true),
    ("student", true),
    ("studies", false),
    ("study", false),
    ("supporter", true),
    ("supporters", true),
    ("survey", false),
    ("surveys", false),
    ("survivor", true),
    ("teacher", true),
    ("transcript", false),
    ("tweet", false),
    ("union", false),
    ("university", false),
    ("update", false),
    ("veteran", true),
    ("victim", true),
    ("video", false),
    ("voter", true),
    ("voters", true),
    ("website", false),
    ("witness", true),
    ("witnesses", true),
    ("woman", true),
    ("women", true),
    ("worker", true),
];

/// Looks up a speaker noun: `Some(true)` person-like, `Some(false)` organisation or document.
pub fn speaker_noun(word: &str) -> Option<bool> {
    if word.len() > 16 {
        return None;
    }
    let lower = word.to_ascii_lowercase();
    let find = |w: &str| SPEAKER_NOUNS.binary_search_by(|(x, _)| (*x).cmp(w)).ok().map(|i| SPEAKER_NOUNS[i].1);
    let role = |w: &str| (contains(ROLE_HEADS, w) || contains(TITLES, w)).then(|| !contains(ORG_ROLE_HEADS, w));
    let look = |w: &str| find(w).or_else(|| role(w));
    look(&lower)
        .or_else(|| lower.strip_suffix("ies").and_then(|stem| look(&format!("{stem}y"))))
        .or_else(|| lower.strip_suffix('s').and_then(look))
}

/// Nouns for documents and messages: they speak for whoever issued them.
pub const DOCUMENT_NOUNS: &[&str] = &[
    "ad", "analysis", "article", "assessment", "audit", "bill", "blog", "book", "brief", "clip", "complaint", "data",
    "document", "documents", "editorial", "email", "estimate", "estimates", "figures", "filing", "findings",
    "forecast", "guidance", "indictment", "law", "letter", "memo", "message", "model", "plan", "platform", "poll",
    "polls", "post", "projection", "proposal", "release", "report", "reports", "research", "review", "ruling",
    "statement", "story", "study", "survey", "transcript", "tweet", "update", "video", "website",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_lowercase_and_unique() {
        for list in [
            NOT_NAMES, TITLES, HONORIFICS, ROLE_HEADS, ORG_ROLE_HEADS, ORG_WORDS, OUTLETS, DEMONYMS, DOCUMENT_NOUNS,
            GIVEN_NAMES,
        ] {
            for w in list.windows(2) {
                assert!(w[0] < w[1], "{:?} before {:?}", w[0], w[1]);
            }
            assert!(list.iter().all(|w| !w.bytes().any(|b| b.is_ascii_uppercase())));
        }
        for w in SPEAKER_NOUNS.windows(2) {
            assert!(w[0].0 < w[1].0, "{:?} before {:?}", w[0].0, w[1].0);
        }
        assert!(contains(TITLES, "President"));
        assert_eq!(speaker_noun("Officials"), Some(true));
    }
}
