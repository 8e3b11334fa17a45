//! Word lists the attribution stages share. Every list is sorted, lowercase
//! ASCII (checked by a test) and searched with `binary_search`.

use crate::wordset::WordSet;

/// True when `word` (any ASCII case) is in `list`.
pub fn contains(list: WordSet, word: &str) -> bool {
    list.contains(word)
}

/// True when `word` equals one of `words` (ASCII case-insensitive): for
/// short literal lists.
pub fn any_of(words: &[&str], word: &str) -> bool {
    words.iter().any(|w| w.eq_ignore_ascii_case(word))
}

crate::word_set!(
    /// Capitalised words that start sentences but never start names.
    pub NOT_NAMES = [
    "a", "about", "above", "according", "across", "adding", "after", "afterward", "again", "against", "ago", "all",
    "almost", "already", "also", "although", "always", "amid", "among", "an", "and", "another", "any", "anyone",
    "anything", "are", "around", "as", "asked", "at", "because", "before", "being", "below", "between", "both", "but",
    "by", "calling", "can", "citing", "compared", "considering", "could", "describing", "despite", "did", "do", "does",
    "during", "each", "earlier", "either", "else", "even", "ever", "every", "everyone", "everything", "except", "few",
    "finally", "first", "following", "for", "from", "further", "given", "had", "has", "have", "having", "he", "her",
    "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "including", "indeed",
    "inside", "instead", "into", "is", "it", "its", "itself", "just", "last", "later", "least", "less", "like", "many",
    "may", "maybe", "me", "meanwhile", "might", "more", "moreover", "most", "much", "must", "my", "neither", "never",
    "nevertheless", "next", "no", "nobody", "none", "nor", "not", "nothing", "noting", "now", "of", "often", "oh",
    "ok", "okay", "on", "once", "one", "only", "or", "other", "others", "otherwise", "our", "ours", "out", "outside",
    "over", "perhaps", "please", "pointing", "rather", "read", "really", "referring", "regarding", "responding",
    "said", "saying", "says", "second", "several", "shall", "she", "should", "since", "so", "some", "someone",
    "something", "sometimes", "soon", "speaking", "still", "such", "than", "thank", "thanks", "that", "the", "their",
    "theirs", "them", "themselves", "then", "there", "therefore", "these", "they", "third", "this", "those", "though",
    "through", "thus", "to", "today", "together", "tomorrow", "tonight", "too", "toward", "towards", "under", "unless",
    "unlike", "until", "up", "upon", "us", "very", "was", "we", "well", "were", "what", "whatever", "when", "whenever",
    "where", "whereas", "whether", "which", "while", "who", "whoever", "whom", "whose", "why", "will", "with",
    "within", "without", "would", "writing", "yes", "yesterday", "yet", "you", "your", "yours",
]
);

crate::word_set!(
    /// Title words that end the role part of a capitalised run:
    /// "US President | Donald Trump", "Russian Foreign Minister | Sergei Lavrov".
    pub TITLES = [
    "adm", "admiral", "ambassador", "archbishop", "attorney", "ayatollah", "bishop", "brig", "capt", "captain",
    "cardinal", "ceo", "cfo", "chair", "chairman", "chairperson", "chairwoman", "chancellor", "chief", "cmdr", "coach",
    "col", "colonel", "commander", "commissioner", "congressman", "congresswoman", "coo", "councillor", "councilman",
    "councilmember", "councilor", "councilwoman", "cpl", "dame", "delegate", "deputy", "det", "detective", "director",
    "dr", "emir", "envoy", "father", "gen", "general", "gov", "governor", "govs", "imam", "inspector", "judge",
    "justice", "king", "leader", "lieutenant", "lord", "lt", "maj", "major", "manager", "mayor", "minister", "nominee",
    "officer", "pastor", "police", "pope", "premier", "president", "president-elect", "prince", "princess", "prof",
    "professor", "queen", "rabbi", "rep", "representative", "reps", "rev", "reverend", "secretary",
    "secretary-general", "sen", "senator", "sens", "sergeant", "sgt", "sheikh", "sheriff", "sir",
    "speaker", "spokesman", "spokesperson", "spokeswoman", "sultan", "superintendent", "supt", "treasurer",
    "vice-president", "whip",
]
);

crate::word_set!(
    /// Honorifics: part of how a person is called, not a role.
    pub HONORIFICS = ["miss", "mr", "mrs", "ms", "mx"]
);

crate::word_set!(
    /// US states and their AP abbreviations (without the period), as written
    /// after a town: "of Springfield, Va.", "Portland, Maine".
    pub US_STATES = [
    "ala", "alabama", "alaska", "ariz", "arizona", "ark", "arkansas", "calif", "california", "carolina", "colo",
    "colorado", "conn", "connecticut", "dakota", "del", "delaware", "fla", "florida", "ga", "georgia", "hawaii",
    "idaho", "ill", "illinois", "ind", "indiana", "iowa", "kan", "kansas", "kentucky", "ky", "la", "louisiana",
    "maine", "maryland", "mass", "massachusetts", "md", "mich", "michigan", "minn", "minnesota", "miss",
    "mississippi", "missouri", "mo", "mont", "montana", "neb", "nebraska", "nev", "nevada", "ohio", "okla",
    "oklahoma", "ore", "oregon", "pa", "pennsylvania", "tenn", "tennessee", "tex", "texas", "utah", "va", "vermont",
    "virginia", "vt", "wash", "washington", "wis", "wisconsin", "wyo", "wyoming",
]
);

crate::word_set!(
    /// Nouns that head a role or description ("press secretary", "Russian media").
    pub ROLE_HEADS = [
    "activist", "actor", "actress", "administrator", "adviser", "advisor", "agency", "agent", "aide", "ally",
    "ambassador", "analyst", "anchor", "architect", "artist", "attorney", "author", "backer", "bishop", "blogger",
    "broadcaster", "campaigner", "candidate", "ceo", "chair", "chairman", "chairwoman", "champion", "chancellor",
    "channel", "chaplain", "chief", "cleric", "co-founder", "coach", "cofounder", "columnist", "comedian", "commander",
    "commentator", "commissioner", "company", "comptroller", "confidant", "congressman", "congresswoman", "consultant",
    "coordinator", "correspondent", "counsel", "critic", "curator", "daily", "daughter", "dean", "democrat", "deputy",
    "designer", "developer", "diplomat", "director", "doctor", "donor", "economist", "editor", "employee", "engineer",
    "entrepreneur", "envoy", "executive", "expert", "father", "fellow", "filmmaker", "firm", "founder", "fundraiser",
    "general", "governor", "group", "head", "historian", "host", "husband", "instructor", "investor", "journalist",
    "judge", "justice", "lady", "lawmaker", "lawyer", "leader", "lecturer", "legislator", "lobbyist", "magazine",
    "manager", "mayor", "media", "member", "minister", "mother", "network", "newspaper", "nominee", "novelist",
    "nurse", "officer", "official", "operative", "opponent", "organiser", "organizer", "outlet", "owner", "partner",
    "pastor", "photographer", "physician", "player", "poet", "politician", "pollster", "premier", "president",
    "president-elect", "priest", "producer", "professor", "prosecutor", "provost", "publication", "pundit", "rabbi",
    "rapper", "reporter", "representative", "republican", "researcher", "resident", "rival", "scholar", "scientist",
    "secretary", "senator", "sheriff", "singer", "sister", "son", "speaker", "spokesman", "spokesperson",
    "spokeswoman", "staffer", "star", "strategist", "student", "superintendent", "supporter", "surgeon", "tabloid",
    "teacher", "treasurer", "trustee", "veteran", "website", "wife", "writer",
]
);

crate::word_set!(
    /// Heads that make a description an organisation's ("Russian media RIA Novosti").
    pub ORG_ROLE_HEADS = [
    "agency", "broadcaster", "channel", "company", "daily", "firm", "group", "magazine", "media", "network",
    "newspaper", "outlet", "publication", "tabloid", "website",
]
);

crate::word_set!(
    /// Words that mark a capitalised run as an organisation.
    pub ORG_WORDS = [
    "academy", "administration", "agency", "airlines", "alliance", "army", "assembly", "associated", "association",
    "authority", "bank", "board", "bureau", "cabinet", "campaign", "capital", "center", "centre", "church", "club",
    "coalition", "college", "commission", "committee", "communications", "company", "congress", "corp", "corporation",
    "council", "court", "department", "dynamics", "electric", "electronics", "energy", "foods", "foundation", "front",
    "fund", "gazette", "government", "group", "guard", "herald", "holdings", "house", "inc", "industries", "institute",
    "institution", "insurance", "journal", "kremlin", "league", "llc", "ltd", "media", "mills", "ministry", "motors",
    "movement", "navy", "network", "news", "office", "organisation", "organization", "parliament", "partners", "party",
    "pentagon", "pharmaceuticals", "police", "post", "press", "project", "radio", "reuters", "school", "senate",
    "service", "society", "staff", "systems", "team", "technologies", "telegraph", "television", "times", "tribune",
    "union", "university", "wire",
]
);

crate::word_set!(
    /// Well-known news outlets and agencies that are single words or acronyms.
    pub OUTLETS = [
    "abc", "afp", "al-jazeera", "ap", "axios", "bbc", "bloomberg", "breitbart", "buzzfeed", "cbs", "cnbc", "cnn",
    "dpa", "economist", "efe", "forbes", "fortune", "fox", "guardian", "haaretz", "huffpost", "independent",
    "interfax", "msnbc", "nbc", "newsweek", "npr", "pbs", "politico", "politifact", "reuters", "ria", "slate", "tass",
    "telegraph", "time", "upi", "vox", "xinhua",
]
);

crate::word_set!(
    /// Nationality adjectives and country abbreviations used as modifiers.
    pub DEMONYMS = [
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
]
);

crate::word_set!(
    /// Common given names, to tell a person ("Dmitry Peskov") from an
    /// organisation when nothing else does.
    pub GIVEN_NAMES = [
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
]
);

crate::word_set!(
    /// Lowercase nouns that head a person-like speaker noun phrase ("officials").
    pub PERSON_NOUNS = [
        "academic", "academics", "accountant", "activist", "activists", "administrator", "administrators", "adviser",
        "advisers", "advisor", "advisors", "advocate", "agent", "aide", "aides", "americans", "analyst", "analysts",
        "artist", "artists", "athlete", "athletes", "attendant", "attendee", "attorney", "attorneys", "audience",
        "author", "authorities", "authors", "banker", "bishop", "broker", "brokers", "candidate", "chairman", "chief",
        "child", "children", "citizen", "coach", "comedian", "commentator", "commuter", "commuters", "conservatives",
        "constituent", "constituents", "consumer", "consumers", "contributor", "contributors", "creditors", "critic",
        "critics", "crowd", "customer", "delegate", "delegates", "democrats", "demonstrator", "developer",
        "developers", "diplomat", "diplomats", "director", "doctor", "doctors", "drivers", "economist", "economists",
        "educator", "educators", "employee", "engineer", "engineers", "entrepreneur", "entrepreneurs",
        "environmentalist", "environmentalists", "epidemiologist", "epidemiologists", "executive", "executives",
        "expert", "experts", "family", "fan", "fans", "farmer", "farmers", "filmmaker", "firefighter", "firefighters",
        "forecaster", "forecasters", "friend", "front-runner", "governor", "historian", "homeowner", "homeowners",
        "hopeful", "hopefuls", "imam", "independents", "insider", "insiders", "inspector", "inspectors",
        "investigator", "investigators", "investor", "judge", "juror", "kid", "landlord", "landlords", "lawmaker",
        "lawmakers", "lawyer", "lawyers", "leader", "leaders", "legislators", "liberals", "libertarians", "lobbyist",
        "lobbyists", "man", "manager", "mayor", "mediator", "member", "men", "migrant", "migrants", "millennials",
        "minister", "moderator", "moderators", "mogul", "motorist", "motorists", "musician", "negotiator",
        "negotiators", "neighbor", "neurosurgeon", "nominee", "novelist", "nurse", "nurses", "observer", "observers",
        "officer", "officers", "official", "officials", "operative", "operatives", "opponent", "opponents",
        "organiser", "organisers", "organizer", "organizers", "owner", "paramedic", "paramedics", "parent", "parents",
        "participant", "passenger", "passengers", "pastor", "patient", "patients", "people", "person", "physician",
        "player", "police", "pollster", "pollsters", "president", "priest", "professor", "progressives", "proponent",
        "proponents", "prosecutor", "prosecutors", "protester", "protesters", "psychiatrist", "psychologist",
        "psychologists", "pundit", "questioner", "rabbi", "reader", "readers", "regulators", "relative", "reporter",
        "reporters", "republicans", "researcher", "researchers", "resident", "residents", "retiree", "retirees",
        "rider", "riders", "scholar", "scientist", "scientists", "secretary", "senator", "shopper", "shoppers",
        "sociologist", "soldier", "soldiers", "source", "sources", "speechwriter", "spokesman", "spokesperson",
        "spokeswoman", "staff", "staffer", "strategist", "strategists", "student", "students", "superdelegates",
        "supporter", "supporters", "surgeon", "surgeons", "surrogate", "surrogates", "survivor", "taxpayer",
        "taxpayers", "teacher", "teachers", "technologist", "technologists", "tenant", "tenants", "trader", "traders",
        "trooper", "troopers", "tycoon", "veteran", "veterans", "victim", "volunteer", "volunteers", "voter", "voters",
        "witness", "witnesses", "woman", "women", "worker", "workers",
    ]
);

crate::word_set!(
    /// Lowercase nouns that head an organisation or document speaker ("the ministry").
    pub ORG_NOUNS = [
        "ad", "administration", "agency", "airline", "airport", "alliance", "analysis", "army", "article",
        "assessment", "association", "audit", "authority", "automaker", "bank", "bill", "blog", "board", "book",
        "brief", "campaign", "carrier", "charity", "clip", "club", "coalition", "commission", "committee",
        "company", "complaint", "consulate", "council", "court", "data", "department",
        "document", "documents", "editorial", "email", "embassy", "estimate", "estimates", "figures", "filing",
        "findings", "firm", "forecast", "foundation", "fund", "government", "group", "guidance", "hospital",
        "indictment", "institute", "insurer", "law", "lawsuit", "league", "legislature", "lender", "letter",
        "manufacturer", "media", "memo", "message", "military", "ministry", "model", "museum", "navy", "network",
        "newspaper", "nonprofit", "office", "operator", "organization", "outlet", "panel", "parliament", "party",
        "pentagon", "plan", "platform", "poll", "polls", "post", "press", "prison", "projection", "proposal",
        "publisher", "railway", "regulator", "release", "report", "reports", "research", "retailer", "review",
        "ruling", "school", "senate", "startup", "statement", "station", "story", "studies", "studio",
        "study", "survey", "surveys", "team", "transcript", "tribunal", "tweet", "union", "university", "update",
        "utility", "video", "watchdog", "website", "zoo",
    ]
);

/// Looks up a speaker noun: `Some(true)` person-like, `Some(false)` organisation or document.
pub fn speaker_noun(word: &str) -> Option<bool> {
    let look = |w: &str| {
        if PERSON_NOUNS.contains(w) {
            Some(true)
        } else if ORG_NOUNS.contains(w) {
            Some(false)
        } else if ROLE_HEADS.contains(w) || TITLES.contains(w) {
            Some(!ORG_ROLE_HEADS.contains(w))
        } else {
            None
        }
    };
    if word.len() > 24 || !word.is_ascii() {
        return None;
    }
    if let Some(v) = look(word) {
        return Some(v);
    }
    // Plurals, rewritten on the stack (ASCII): "agencies" → "agency",
    // "spokesmen" → "spokesman", "analyses" → "analysis", "groups" → "group".
    let b = word.as_bytes();
    let restem = |ending: &[u8], stem_end: &[u8]| {
        if b.len() <= ending.len() + 1 || !b[b.len() - ending.len()..].eq_ignore_ascii_case(ending) {
            return None;
        }
        let stem = b.len() - ending.len();
        let mut buf = [0u8; 32];
        buf[..stem].copy_from_slice(&b[..stem]);
        buf[stem..stem + stem_end.len()].copy_from_slice(stem_end);
        std::str::from_utf8(&buf[..stem + stem_end.len()]).ok().and_then(look)
    };
    if let Some(v) = restem(b"ies", b"y").or_else(|| restem(b"men", b"man")).or_else(|| restem(b"ses", b"sis")) {
        return Some(v);
    }
    if b.len() > 2 && b[b.len() - 1].eq_ignore_ascii_case(&b's') {
        return look(&word[..word.len() - 1]);
    }
    None
}

crate::word_set!(
    /// Nouns for documents and messages: they speak for whoever issued them.
    pub DOCUMENT_NOUNS = [
    "ad", "analysis", "article", "assessment", "audit", "bill", "blog", "book", "brief", "clip", "complaint", "data",
    "document", "documents", "editorial", "email", "estimate", "estimates", "figures", "filing", "findings",
    "forecast", "guidance", "indictment", "law", "letter", "memo", "message", "model", "plan", "platform", "poll",
    "polls", "post", "projection", "proposal", "release", "report", "reports", "research", "review", "ruling",
    "statement", "story", "study", "survey", "transcript", "tweet", "update", "video", "website",
]
);

crate::word_set!(
    /// Given names mostly borne by women (for pronoun agreement).
    pub FEMALE_NAMES = [
        "alexandria", "alice", "alicia", "amanda", "amy", "ana", "andrea", "angela", "ann", "anna", "anne",
        "barbara", "betsy", "carly", "carol", "catherine", "christine", "claire", "claudia", "debbie", "deborah",
        "diana", "diane", "donna", "elizabeth", "ellen", "emily", "emma", "erin", "gina", "heather", "helen",
        "hillary", "ivanka", "jane", "janet", "jennifer", "jessica", "jill", "judy", "julia", "julie", "kamala",
        "karen", "karine", "karoline", "kate", "katherine", "kathy", "kristi", "laura", "linda", "lisa", "liz",
        "margaret", "maria", "marie", "mary", "megan", "melania", "michelle", "nancy", "natalia", "nikki", "olga",
        "olivia", "pam", "pamela", "patricia", "rachel", "rebecca", "ruth", "sarah", "sharon", "susan", "tina",
        "tulsi", "valerie", "victoria", "yulia",
    ]
);

crate::word_set!(
    /// Given names mostly borne by men (for pronoun agreement).
    pub MALE_NAMES = [
        "aaron", "abdul", "abraham", "adam", "ahmed", "alan", "albert", "alejandro", "aleksandr", "alexander",
        "alexei", "ali", "andrew", "andrzej", "anthony", "antonio", "antony", "barack", "ben", "benjamin", "bernie",
        "beto", "bill", "bob", "boris", "brad", "brian", "bruce", "carl", "carlos", "charles", "charlie",
        "christian", "christopher", "chuck", "colin", "cory", "dan", "daniel", "david", "dennis", "dmitri",
        "dmitry", "don", "donald", "doug", "douglas", "ed", "edward", "elon", "emmanuel", "eric", "fernando",
        "frank", "fred", "gary", "george", "greg", "gregory", "hakeem", "hans", "harry", "henry", "howard",
        "hunter", "ian", "igor", "ivan", "jack", "jacob", "jake", "james", "jared", "jason", "javier", "jeb",
        "jeff", "jeffrey", "jeremy", "jerome", "jim", "jimmy", "joe", "john", "jonathan", "jorge", "jose", "joseph",
        "josh", "joshua", "juan", "julian", "justin", "ken", "kevin", "larry", "leon", "luis", "marco", "mark",
        "martin", "matt", "matthew", "maxim", "michael", "michel", "mike", "mikhail", "mitch", "mitt", "mohammed",
        "muhammad", "nathan", "nicholas", "nick", "nicolas", "olaf", "oliver", "patrick", "paul", "pedro", "pete",
        "peter", "philip", "ralph", "ray", "richard", "rick", "rishi", "rob", "robert", "roger", "ron", "ronald",
        "rudy", "ryan", "samuel", "scott", "sean", "sergei", "sergey", "stephen", "steve", "steven", "ted",
        "thomas", "tim", "timothy", "todd", "tom", "tony", "victor", "viktor", "vladimir", "volodymyr", "walter",
        "wayne", "william", "xi", "zach",
    ]
);

crate::word_set!(
    /// Words that describe a woman ("spokeswoman", "Mrs.").
    pub FEMALE_WORDS = [
        "actress", "aunt", "businesswoman", "chairwoman", "congresswoman", "councilwoman", "daughter", "duchess",
        "girl", "grandmother", "lady", "miss", "mother", "mrs", "ms", "niece", "princess", "queen", "sister",
        "spokeswoman", "widow", "wife", "woman",
    ]
);

crate::word_set!(
    /// Words that describe a man ("spokesman", "Mr.").
    pub MALE_WORDS = [
        "boy", "brother", "businessman", "chairman", "congressman", "councilman", "duke", "father", "grandfather",
        "husband", "king", "man", "mr", "nephew", "prince", "son", "spokesman", "uncle", "widower",
    ]
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_lowercase_and_unique() {
        for list in [
            NOT_NAMES, TITLES, HONORIFICS, US_STATES, ROLE_HEADS, ORG_ROLE_HEADS, ORG_WORDS, OUTLETS, DEMONYMS,
            DOCUMENT_NOUNS, GIVEN_NAMES, PERSON_NOUNS, ORG_NOUNS, FEMALE_NAMES, MALE_NAMES, FEMALE_WORDS, MALE_WORDS,
        ] {
            let list = list.keys();
            for w in list.windows(2) {
                assert!(w[0] < w[1], "{:?} before {:?}", w[0], w[1]);
            }
            assert!(list.iter().all(|w| !w.bytes().any(|b| b.is_ascii_uppercase())));
        }
        assert!(contains(TITLES, "President"));
        assert_eq!(speaker_noun("Officials"), Some(true));
        assert_eq!(speaker_noun("analyses"), speaker_noun("analysis"));
        assert!(speaker_noun("analyses").is_some());
        assert_eq!(speaker_noun("bases"), None);
        assert_eq!(speaker_noun("spokesmen"), speaker_noun("spokesman"));
        assert!(speaker_noun("spokesmen").is_some());
    }
}
