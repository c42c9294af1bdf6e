//! Matching and resolution rules, each with its own test, through the library's public API.

use gazette::{Analysis, Extractor, Gazetteer};

const GAZETTEER: &str = "\
iran\tLOCATION\tIran\t\t
kyiv\tLOCATION\tKyiv\tKiev\t
ira\tPERSON\tIra Tal\tIra\t
tata\tORGANIZATION\tTata Group\t\t
new-york\tLOCATION\tNew York\t\t
nyt\tORGANIZATION\tNew York Times\t\t
dolmabahce\tLOCATION\tDolmabahçe Palace\t\t
erdogan\tPERSON\tRecep Tayyip Erdogan\tErdogan\t
istanbul\tLOCATION\tİstanbul\t\t
cote-divoire\tLOCATION\tCôte d’Ivoire\tIvory Coast\t
guinea-bissau\tLOCATION\tGuinea-Bissau\t\t
putin\tPERSON\tVladimir Putin\tPutin\t
fidan\tPERSON\tHakan Fidan\t\t
araghchi\tPERSON\tAbbas Araghchi\tAbbas Araqchi\t
charlotte\tLOCATION\t~Charlotte\t\t
charlotte-moreno\tPERSON\tCharlotte Moreno\t\t
washington-dc\tLOCATION\tWashington\t\t
george-washington\tPERSON\tGeorge Washington\t~Washington\t
theresa-may\tPERSON\tTheresa May\t~May\t
chad\tLOCATION\t~Chad\t\t
may-town\tLOCATION\tMaytown\t\t
apple\tORGANIZATION\tApple Inc.\t~Apple\t
commission\tORGANIZATION\tEuropean Commission\t~Commission\t
";

fn extractor() -> Extractor {
    Extractor::builder()
        .builtin(false)
        .gazetteer(Gazetteer::from_tsv("test.tsv", GAZETTEER).unwrap())
        .build()
        .unwrap()
}

/// `(entity id, mention text)` in text order.
fn mentions(text: &str) -> Vec<(String, String)> {
    let a: Analysis = extractor().analyse(text);
    a.mentions
        .iter()
        .map(|m| {
            (
                a.entities[m.entity].info.id.clone(),
                m.span.slice(text).to_string(),
            )
        })
        .collect()
}

fn texts(text: &str) -> Vec<String> {
    mentions(text).into_iter().map(|(_, t)| t).collect()
}

fn ids(text: &str) -> Vec<String> {
    mentions(text).into_iter().map(|(id, _)| id).collect()
}

#[test]
fn name_inside_a_longer_word_is_not_matched() {
    assert!(texts("Iranian and Iranians").is_empty());
}

#[test]
fn name_before_a_hyphen_is_matched() {
    assert_eq!(texts("a Kyiv-based analyst"), ["Kyiv"]);
}

#[test]
fn rejected_match_does_not_hide_a_later_one() {
    // `Ira` inside `Mira` and `Ira Tal` inside `Mira Tata` are not words; `Tata Group` is.
    assert_eq!(texts("Mira Tata Group"), ["Tata Group"]);
    assert_eq!(texts("Iran and Ira"), ["Iran", "Ira"]);
}

#[test]
fn longest_name_on_word_boundaries_wins() {
    assert_eq!(ids("The New York Times reported"), ["nyt"]);
    assert_eq!(ids("New York Timesheets"), ["new-york"]);
}

#[test]
fn matching_is_case_sensitive_by_default() {
    assert!(texts("the iran deal, KYIV").is_empty());
}

#[test]
fn diacritics_match_both_ways() {
    assert_eq!(
        texts("Dolmabahce Palace and Dolmabahçe Palace"),
        ["Dolmabahce Palace", "Dolmabahçe Palace"]
    );
    assert_eq!(texts("Erdoğan and Erdogan"), ["Erdoğan", "Erdogan"]);
    assert_eq!(texts("Istanbul and İstanbul"), ["Istanbul", "İstanbul"]);
}

#[test]
fn apostrophes_hyphens_and_spaces_fold() {
    assert_eq!(
        ids("Cote d'Ivoire and Côte d’Ivoire"),
        ["cote-divoire", "cote-divoire"]
    );
    assert_eq!(ids("Guinea\u{2011}Bissau"), ["guinea-bissau"]);
    assert_eq!(ids("Vladimir\u{a0}Putin"), ["putin"]);
}

#[test]
fn spans_slice_the_original_after_characters_that_change_length() {
    let text = "İİİ İstanbul, Ærø and Erdoğan’s Dolmabahçe Palace";
    let got = texts(text);
    assert_eq!(got, ["İstanbul", "Erdoğan", "Dolmabahçe Palace"]);
}

#[test]
fn possessive_is_not_part_of_the_mention() {
    assert_eq!(texts("Putin’s plan and Putin's plan"), ["Putin", "Putin"]);
}

#[test]
fn title_is_not_part_of_the_mention() {
    assert_eq!(
        texts("President Vladimir Putin and Mr. Putin"),
        ["Vladimir Putin", "Putin"]
    );
}

#[test]
fn multi_word_name_broken_by_a_line_break_matches() {
    assert_eq!(
        texts("Foreign Minister Hakan\nFidan said"),
        ["Hakan\nFidan"]
    );
    assert_eq!(texts("Hakan\r\n  Fidan"), ["Hakan\r\n  Fidan"]);
    // A paragraph break is not crossed.
    assert!(texts("Hakan\n\nFidan").is_empty());
}

#[test]
fn bare_surname_after_full_name_resolves_even_if_not_an_alias() {
    assert_eq!(
        mentions("Fidan arrived. Hakan Fidan spoke. Fidan left."),
        [
            ("fidan".into(), "Hakan Fidan".into()),
            ("fidan".into(), "Fidan".into())
        ]
    );
}

#[test]
fn bare_surname_of_a_full_name_alias_resolves_after_it() {
    // The alias spells the surname differently from the canonical name.
    assert_eq!(
        mentions("Abbas Araqchi led the team. Araqchi spoke after the session."),
        [
            ("araghchi".into(), "Abbas Araqchi".into()),
            ("araghchi".into(), "Araqchi".into())
        ]
    );
}

#[test]
fn a_given_name_alone_is_the_one_person_introduced_with_it() {
    let text = "Carlos Alcaraz beat Jannik Sinner in Madrid. A fan said: “I have followed Carlos \
                since he was 15.”";
    let found = texts(text);
    assert_eq!(
        found,
        ["Carlos Alcaraz", "Jannik Sinner", "Carlos"],
        "{found:?}"
    );
    assert_eq!(ids(text)[0], ids(text)[2]);
    // Two people share it, or the gazetteer knows it as a place: it stays unresolved.
    let found = texts("Carlos Alcaraz met Carlos Sainz. Later Carlos said the court was slow.");
    assert_eq!(found, ["Carlos Alcaraz", "Carlos Sainz"], "{found:?}");
    // (`Charlotte` is a city here, named only after a place preposition.)
    let found = texts("Charlotte Moreno spoke. Later Charlotte was quiet again.");
    assert_eq!(found, ["Charlotte Moreno"], "{found:?}");
}

#[test]
fn shared_name_goes_to_the_entity_introduced_earlier() {
    assert_eq!(ids("Washington said."), ["washington-dc"]);
    assert_eq!(
        ids("George Washington crossed. Washington said."),
        ["george-washington", "george-washington"]
    );
}

#[test]
fn context_only_alias_needs_the_full_name_first() {
    assert_eq!(
        ids("May said. Theresa May spoke. May left."),
        ["theresa-may", "theresa-may"]
    );
    assert_eq!(
        texts("May said. Theresa May spoke. May left."),
        ["Theresa May", "May"]
    );
}

#[test]
fn context_only_place_counts_after_a_place_preposition() {
    assert!(texts("Chad said hello.").is_empty());
    assert_eq!(texts("Troops in Chad left. Chad said."), ["Chad", "Chad"]);
    assert_eq!(texts("flights to the Chad capital"), ["Chad"]);
}

#[test]
fn context_only_organisation_capitalised_mid_sentence_unless_a_longer_name_goes_on() {
    assert_eq!(
        ids("The regulators said they fined Apple on Monday for its app store rules."),
        ["apple"]
    );
    assert_eq!(
        ids("The regulators said they fined Apple on 3 May for its app store rules."),
        ["apple"]
    );
    // `Commission` opens a longer name here, joined by `on`, `of` or `for`.
    for text in [
        "She did not meet the Commission on Presidential Debates polling threshold.",
        "He said he had written to the Commission for Racial Equality twice.",
        "The staff at the Apple of Discord bar said they would stay open.",
    ] {
        assert!(ids(text).is_empty(), "{text}: {:?}", ids(text));
    }
}

#[test]
fn month_beside_a_number_is_a_date_not_a_name() {
    assert_eq!(
        texts("Theresa May spoke on May 14. May left on 3 May."),
        ["Theresa May", "May"]
    );
}

#[test]
fn mentions_are_sorted_and_spans_slice_back() {
    let text = "Putin met Erdoğan in İstanbul; Putin’s aides and Kiev.";
    let a = extractor().analyse(text);
    for w in a.mentions.windows(2) {
        assert!(w[0].span.end <= w[1].span.start);
    }
    for e in &a.entities {
        for m in &e.mentions {
            assert!(text.get(m.start..m.end).is_some());
        }
    }
}

#[test]
fn a_town_name_after_a_given_name_is_a_new_persons_surname() {
    let gazetteer =
        "bello\tLOCATION\tBello\t\t\tclass=city\nsantos\tLOCATION\tSantos\t\t\tclass=city\n";
    let extractor = Extractor::builder()
        .builtin(false)
        .gazetteer(Gazetteer::from_tsv("towns.tsv", gazetteer).unwrap())
        .build()
        .unwrap();
    let text = "A farmer, Amina Bello, said the rains came late. \"It is hard,\" Bello said. \
                She was born in Bello. Santos beat Flamengo.";
    let a = extractor.analyse(text);
    let found: Vec<(&str, &str, &str)> = a
        .mentions
        .iter()
        .map(|m| {
            let e = &a.entities[m.entity].info;
            (e.kind.as_str(), e.name.as_str(), m.span.slice(text))
        })
        .collect();
    assert_eq!(
        found,
        [
            ("PERSON", "Amina Bello", "Amina Bello"),
            ("PERSON", "Amina Bello", "Bello"),
            ("LOCATION", "Bello", "Bello"),
            ("LOCATION", "Santos", "Santos"),
        ]
    );
    let said_it = a
        .quotes
        .iter()
        .find(|q| q.span.slice(text) == "It is hard,")
        .and_then(|q| q.speaker)
        .and_then(|s| s.entity)
        .map(|e| a.entities[e].info.name.as_str());
    assert_eq!(said_it, Some("Amina Bello"));
}

#[test]
fn an_acronym_defined_twice_gives_each_later_use_one_mention() {
    let text = "The Japan International Cooperation Agency (JICA) will lend money. JICA said so.\n\n\
                The Japan International Cooperation Agency (JICA) will lend more. JICA said so again.";
    let a = extractor().analyse(text);
    let found: Vec<&str> = a.mentions.iter().map(|m| m.span.slice(text)).collect();
    assert_eq!(
        found,
        [
            "Japan International Cooperation Agency",
            "JICA",
            "JICA",
            "Japan International Cooperation Agency",
            "JICA",
            "JICA",
        ]
    );
    assert!(a
        .mentions
        .windows(2)
        .all(|w| w[0].span.end <= w[1].span.start));
}
