//! Direct quotations: each attribution pattern of news copy, and the speech-or-label rule.

use gazette::{Extractor, Gazetteer};
use once_cell::sync::Lazy;

const PEOPLE: &str = "\
trump\tPERSON\tDonald Trump\tTrump\t\tgender=m
putin\tPERSON\tVladimir Putin\tPutin\t\tgender=m
peskov\tPERSON\tDmitry Peskov\tPeskov\t\tgender=m
may\tPERSON\tTheresa May\t~May\t\tgender=f
zakharova\tPERSON\tMaria Zakharova\tZakharova\t\tgender=f
kremlin\tORGANIZATION\tKremlin\t\t
reuters\tORGANIZATION\tReuters\t\t
mfa\tORGANIZATION\tRussian Foreign Ministry\t\t
moscow\tLOCATION\tMoscow\t\t
pence\tPERSON\tMike Pence\t\t\tgender=m
";

static EXTRACTOR: Lazy<Extractor> = Lazy::new(|| {
    Extractor::builder()
        .builtin(false)
        .gazetteer(Gazetteer::from_tsv("people.tsv", PEOPLE).unwrap())
        .build()
        .unwrap()
});

/// `(quote, speaker words, resolved name, cue)`.
type Found = (String, Option<String>, Option<String>, Option<String>);

/// Every quotation of `text`.
fn quotes(text: &str) -> Vec<Found> {
    let a = EXTRACTOR.analyse(text);
    a.quotes
        .iter()
        .map(|q| {
            (
                q.span.slice(text).to_string(),
                q.speaker.map(|s| s.span.slice(text).to_string()),
                q.speaker
                    .and_then(|s| s.entity)
                    .map(|e| a.entities[e].info.name.clone()),
                q.cue.map(|c| c.slice(text).to_string()),
            )
        })
        .collect()
}

/// The single quotation's speaker words and resolved name.
fn speaker(text: &str) -> (String, Option<String>) {
    let q = quotes(text);
    assert_eq!(q.len(), 1, "expected one quotation in {text:?}, got {q:?}");
    (q[0].1.clone().expect("a speaker"), q[0].2.clone())
}

fn who(words: &str, name: &str) -> (String, Option<String>) {
    (words.to_string(), Some(name.to_string()))
}

#[test]
fn quote_then_name_then_verb() {
    assert_eq!(
        speaker("“We are ready to talk,” Trump said."),
        who("Trump", "Donald Trump")
    );
}

#[test]
fn quote_then_verb_then_name() {
    assert_eq!(
        speaker("“We are ready to talk,” said Trump."),
        who("Trump", "Donald Trump")
    );
}

#[test]
fn quote_then_pronoun() {
    let text = "Donald Trump landed in Moscow.\n\n“We are ready to talk,” he said.";
    assert_eq!(speaker(text), who("he", "Donald Trump"));
}

#[test]
fn quote_then_role_noun_resolves_to_the_person_introduced_with_it() {
    let text = "Kremlin spokesman Dmitry Peskov spoke on Monday.\n\n“There are no plans,” the spokesman said.";
    assert_eq!(speaker(text), who("the spokesman", "Dmitry Peskov"));
}

#[test]
fn name_verb_colon_then_quote() {
    assert_eq!(
        speaker("Trump said: “We are ready to talk.”"),
        who("Trump", "Donald Trump")
    );
}

#[test]
fn name_verb_comma_then_quote() {
    assert_eq!(
        speaker("Trump said, “We are ready to talk.”"),
        who("Trump", "Donald Trump")
    );
}

#[test]
fn fronted_clause_before_the_attribution() {
    let text = "Speaking from his flight, Trump said, “We are ready to talk.”";
    assert_eq!(speaker(text), who("Trump", "Donald Trump"));
}

#[test]
fn interrupted_quotation_keeps_its_speaker() {
    let q = quotes("“We are ready,” Peskov said. “But nobody has called us yet.”");
    assert_eq!(q.len(), 2);
    assert_eq!(q[1].0, "But nobody has called us yet.");
    assert_eq!(q[1].2.as_deref(), Some("Dmitry Peskov"));
    assert_eq!(q[0].2.as_deref(), Some("Dmitry Peskov"));
}

#[test]
fn appositive_between_name_and_verb() {
    let text = "“There are no plans,” Dmitry Peskov, the Kremlin spokesman, told reporters.";
    let q = quotes(text);
    assert_eq!(q[0].1.as_deref(), Some("Dmitry Peskov"));
    assert_eq!(q[0].3.as_deref(), Some("told"));
}

#[test]
fn relative_clause_between_name_and_verb() {
    let text = "Peskov, who spoke in Moscow, said “there are no plans for a meeting”.";
    assert_eq!(speaker(text), who("Peskov", "Dmitry Peskov"));
}

#[test]
fn according_to_after_and_before() {
    let q = quotes("“There are no plans for a meeting,” according to Peskov.");
    assert_eq!(q[0].2.as_deref(), Some("Dmitry Peskov"));
    assert_eq!(q[0].3.as_deref(), Some("according to"));
    let q = quotes("According to Peskov, “there are no plans for a meeting.”");
    assert_eq!(q[0].2.as_deref(), Some("Dmitry Peskov"));
}

#[test]
fn wrote_on_a_platform_with_a_colon() {
    let q = quotes("Peskov wrote on X: “There are no plans for a meeting.”");
    assert_eq!(q[0].2.as_deref(), Some("Dmitry Peskov"));
    assert_eq!(q[0].3.as_deref(), Some("wrote"));
}

#[test]
fn in_a_statement_the_ministry_said() {
    let text = "The Russian Foreign Ministry summoned the envoy.\n\nIn a statement, the ministry said: “The envoy was told to leave.”";
    assert_eq!(
        speaker(text),
        who("the ministry", "Russian Foreign Ministry")
    );
}

#[test]
fn speaker_in_the_sentence_before_a_quote_paragraph() {
    let text = "Trump spoke for an hour. He added:\n\n“We will get it done, believe me.”";
    assert_eq!(speaker(text), who("He", "Donald Trump"));
}

#[test]
fn pronoun_skips_a_nearer_person_of_the_other_gender() {
    let text =
        "Maria Zakharova spoke after Vladimir Putin left.\n\n“Nothing was agreed today,” she said.";
    assert_eq!(speaker(text), who("she", "Maria Zakharova"));
    let text = "Vladimir Putin met Theresa May.\n\n“Nothing was agreed today,” he said.";
    assert_eq!(speaker(text), who("he", "Vladimir Putin"));
}

#[test]
fn pronoun_ignores_people_named_inside_quotations() {
    let text = "Trump spoke in Moscow.\n\n“Nothing will happen until Putin and I meet,” he said.";
    assert_eq!(speaker(text), who("he", "Donald Trump"));
}

#[test]
fn first_and_second_person_inside_a_quote_are_never_the_speaker() {
    let text =
        "Trump spoke in Moscow.\n\n“I think we will win, and you will see it,” he told them.";
    assert_eq!(speaker(text), who("he", "Donald Trump"));
}

#[test]
fn role_noun_with_nobody_introduced_has_no_entity() {
    assert_eq!(
        speaker("“The talks are over,” a senior official said."),
        ("a senior official".to_string(), None)
    );
}

#[test]
fn organisations_speak() {
    assert_eq!(
        speaker("“The talks are over for now,” the Kremlin said."),
        who("Kremlin", "Kremlin")
    );
    assert_eq!(
        speaker("“The talks are over for now,” Reuters reported."),
        who("Reuters", "Reuters")
    );
}

#[test]
fn multi_paragraph_quotation_gives_each_paragraph_the_same_speaker() {
    let text = "Putin said: “We have waited long enough for an answer.\n\n“We will not wait forever.\n\n“The choice is theirs.”";
    let q = quotes(text);
    assert_eq!(q.len(), 3);
    for (quote, _, name, _) in &q {
        assert_eq!(name.as_deref(), Some("Vladimir Putin"), "{quote}");
    }
    assert_eq!(q[1].0, "We will not wait forever.");
}

#[test]
fn quote_paragraph_after_an_attributed_one_continues_its_speaker() {
    let text = "“We are ready to talk,” Peskov said.\n\n“Nobody has called us yet, and we are still waiting.”\n\nTrump left.";
    let q = quotes(text);
    assert_eq!(q.len(), 2);
    assert_eq!(q[1].2.as_deref(), Some("Dmitry Peskov"));
}

#[test]
fn interview_transcript_labels() {
    let text = "Mike Pence spoke to the host.\n\nWALLACE: Will she be there tomorrow night?\n\nPENCE: Well, look, she will not be attending the debate.";
    let q = quotes(text);
    assert_eq!(q.len(), 2);
    assert_eq!(q[0].0, "Will she be there tomorrow night?");
    assert_eq!(q[0].1.as_deref(), Some("WALLACE"));
    assert_eq!(q[1].1.as_deref(), Some("PENCE"));
    assert_eq!(q[1].2.as_deref(), Some("Mike Pence"));
    assert_eq!(q[1].3.as_deref(), Some(":"));
    let q = quotes("Q: Will you run again next year?\n\nA: I have not decided that yet.");
    assert_eq!(q[1].1.as_deref(), Some("A"));
}

#[test]
fn scare_quotes_titles_and_nicknames_are_not_speech() {
    assert!(quotes("Trump praised the so-called “peace plan” on Monday.").is_empty());
    assert!(quotes("She was known as “the Iron Lady” in Moscow.").is_empty());
    assert!(quotes("Putin once read “War and Peace” on a train.").is_empty());
    // The title is not a quotation; what Trump said is reported speech.
    let q = quotes("In his book, “The Art of the Deal,” Trump said deals matter more than money.");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].0, "deals matter more than money");
}

#[test]
fn long_unattributed_quotation_is_speech_with_no_speaker() {
    let q = quotes(
        "The sign read nothing. “We will never give up our land to anyone,” was painted on a wall.",
    );
    assert_eq!(q.len(), 1);
    assert!(q[0].1.is_none());
}

#[test]
fn short_unattributed_quotation_is_a_label() {
    assert!(quotes("The plan was called a “historic opportunity” by the press.").is_empty());
}

#[test]
fn role_then_name_in_apposition_names_the_speaker() {
    // The person named beside the role speaks, in direct and in reported speech.
    let q = quotes("“We lost everything,” a farmer, Amina Bello, said.");
    assert_eq!(q[0].1.as_deref(), Some("Amina Bello"));
    assert_eq!(q[0].2.as_deref(), Some("Amina Bello"));
    let q = quotes("A farmer, Amina Bello, said the rains came late this year.");
    assert_eq!(
        q,
        [(
            "the rains came late this year".to_string(),
            Some("Amina Bello".to_string()),
            Some("Amina Bello".to_string()),
            Some("said".to_string()),
        )]
    );
    // Not an inverted attribution (`…, said Peskov`): the content follows the verb.
    let q = quotes("The chief executive, Jane Fraser, said profits rose sharply in the quarter.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "profits rose sharply in the quarter");
    assert_eq!(q[0].1.as_deref(), Some("Jane Fraser"));
}

#[test]
fn inverted_attribution_followed_by_a_time_or_venue() {
    let q = quotes("The talks were useful for both sides, said a Kremlin spokesman on Monday.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "The talks were useful for both sides");
    assert_eq!(q[0].1.as_deref(), Some("a Kremlin spokesman"));
    let q = quotes("The ceasefire would hold through the winter, said Peskov in a statement.");
    assert_eq!(q[0].0, "The ceasefire would hold through the winter");
    assert_eq!(q[0].2.as_deref(), Some("Dmitry Peskov"));
}

#[test]
fn closing_attribution_with_a_title_before_the_name_and_a_dateline_before_the_content() {
    let text = "MOSCOW, July 8 (Reuters) - Russia was not seeking a pause for military reasons, \
                Kremlin spokesman Dmitry Peskov told reporters in Moscow.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(
        q[0].0,
        "Russia was not seeking a pause for military reasons"
    );
    assert_eq!(q[0].2.as_deref(), Some("Dmitry Peskov"));
    assert_eq!(q[0].3.as_deref(), Some("told"));
}

#[test]
fn plural_subject_before_a_place_and_media_as_sources() {
    let q = quotes("Diplomats in Ankara say much depends on Washington.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "much depends on Washington");
    assert_eq!(q[0].1.as_deref(), Some("Diplomats"));
    let q = quotes("Iranian state media reported that the talks had been approved.");
    assert_eq!(q[0].0, "the talks had been approved");
    assert_eq!(q[0].1.as_deref(), Some("Iranian state media"));
}

#[test]
fn the_object_of_a_preposition_is_not_the_speaker() {
    // Putin's supporters spoke, not Putin; a spokesman for the ministry, not the ministry.
    let q = quotes("“The vote was fair,” supporters of Putin said on Monday.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1.as_deref(), Some("supporters of Putin"));
    assert_eq!(q[0].2, None);
    let q = quotes("A spokesman for the Russian Foreign Ministry said: “The talks are over.”");
    assert_eq!(
        q[0].1.as_deref(),
        Some("A spokesman for the Russian Foreign Ministry")
    );
    let q = quotes("Putin in Moscow said the border would reopen on Monday.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1.as_deref(), Some("Putin in Moscow"));
    assert_eq!(q[0].2.as_deref(), Some("Vladimir Putin"));
    // A capitalised title before a name stays the name's title.
    let q = quotes("Secretary of State Mike Pence said the border would reopen on Monday.");
    assert_eq!(q[0].2.as_deref(), Some("Mike Pence"), "{q:?}");
}

#[test]
fn heads_before_on_with_and_for_and_broadcasters_as_sources() {
    for (text, speaker) in [
        (
            "Experts on arms control said the test could change the talks.",
            "Experts",
        ),
        (
            "Officials with the ministry said the border would reopen on Monday.",
            "Officials with the ministry",
        ),
        (
            "Lawyers for the family said the footage should be released.",
            "Lawyers",
        ),
        (
            "The network said it would send a reporter to Kyiv next week.",
            "The network",
        ),
        (
            "The magazine reported that the deal had collapsed overnight.",
            "The magazine",
        ),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        assert_eq!(q[0].1.as_deref(), Some(speaker), "{text}: {q:?}");
    }
}

#[test]
fn a_headline_names_its_source_before_a_colon() {
    let q =
        quotes("Peskov: Russia Is Ready for New Talks in Istanbul\n\nThe Kremlin spoke on Monday.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "Russia Is Ready for New Talks in Istanbul");
    assert_eq!(q[0].2.as_deref(), Some("Dmitry Peskov"));
    // A live-page label and the first half of a Title Case headline are not sources.
    for text in [
        "The Latest: Talks on the Grain Deal Resume in Istanbul\n\nDelegates met on Monday.",
        "Stealth Over Health: Senator Skipped the Vote to Avoid Questions\n\nThe vote was close.",
    ] {
        let q = quotes(text);
        assert!(q.is_empty(), "{text:?} gave {q:?}");
    }
}

#[test]
fn a_clause_around_a_quoted_fragment_is_one_mixed_record() {
    use gazette::QuoteKind;
    let text = "A cashier who “steals a handful of bills” is held accountable, Peskov said.";
    let a = EXTRACTOR.analyse(text);
    assert_eq!(a.quotes.len(), 1, "{:?}", quotes(text));
    assert_eq!(a.quotes[0].kind, QuoteKind::Mixed);
    let q = quotes(text);
    assert_eq!(
        q[0].0,
        "A cashier who “steals a handful of bills” is held accountable"
    );
    assert_eq!(q[0].2.as_deref(), Some("Dmitry Peskov"));
    // A quotation that is the whole clause stays one direct record.
    let text = "“We will not accept this handful of bills,” Peskov said.";
    let a = EXTRACTOR.analyse(text);
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(a.quotes[0].kind, QuoteKind::Direct);
}

#[test]
fn a_straight_mark_closes_a_curly_opener_in_mixed_typography() {
    // Copy pasted from several sources opens with a curly mark and closes with a straight one.
    let text = "“Immunity deals should not be a requirement,\" Jason Chaffetz said, adding that \
                they were handed out \"like candy.\"";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].0, "Immunity deals should not be a requirement,");
    assert_eq!(q[0].1.as_deref(), Some("Jason Chaffetz"));
    // The participle clause after the attribution reports the quoted fragment: one mixed
    // record, running to the fragment's full stop.
    assert_eq!(q[1].0, "they were handed out \"like candy.");
    assert_eq!(q[1].1.as_deref(), Some("Jason Chaffetz"));
    assert_eq!(q[1].3.as_deref(), Some("adding"));
    // With nothing open, a closing-looking straight mark is still no quotation (`5" of rain`).
    assert!(quotes("The storm dropped 5\" of rain on the city overnight.").is_empty());
}

#[test]
fn a_capitalised_word_that_only_opens_the_sentence_is_no_speaker() {
    // `Once` is capitalised because it opens the sentence; the speaker is `I`.
    let text = "Once in my early 20s, when my mother mentioned the devil, I laughed and said, \
                “I don't believe in the devil.”";
    let q = quotes(text);
    let direct = q
        .iter()
        .find(|q| q.0 == "I don't believe in the devil.")
        .expect("the quotation");
    assert_eq!(direct.1.as_deref(), Some("I"), "{q:?}");
}

#[test]
fn a_cue_word_after_a_possessive_or_a_determiner_is_a_noun() {
    // `remark` after `Mrs. Clinton's` and `states` after `the` are nouns: the speaker is the
    // subject of the participle (`asserting`), and the verb after the appositive (`said`).
    let text = "Mr. Trump hardly clarified the matter, treating Mrs. Clinton's remark as a \
                compliment and, when questioned after the debate, asserting, “Of course, I pay \
                federal taxes.”";
    let q = quotes(text);
    let taxes = q
        .iter()
        .find(|q| q.0 == "Of course, I pay federal taxes.")
        .expect("the quotation");
    assert_eq!(taxes.1.as_deref(), Some("Mr. Trump"), "{q:?}");
    let text = "“It’s an invasion of the state regulatory domain,” Scott Pruitt, the attorney \
                general of Oklahoma, one of the states suing the agency, said.";
    assert_eq!(speaker(text).0, "Scott Pruitt");
    // After a pronoun, `’s` is `is`: `He’s claiming` keeps its speaker.
    let text = "Donald Trump spoke in Michigan.\n\nHe’s saying: “Nobody has the guts to talk \
                about it.”";
    assert_eq!(speaker(text).0, "He’s");
}

#[test]
fn a_coordinated_clause_with_its_own_subject_and_verb_is_a_second_record() {
    // Two sources in one sentence: the first report ends at the coordinator.
    let text = "Peskov said the talks would resume in March, but Zakharova denied that any \
                date had been agreed.";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].0, "the talks would resume in March");
    assert_eq!(q[0].2.as_deref(), Some("Dmitry Peskov"));
    assert_eq!(q[1].0, "any date had been agreed");
    assert_eq!(q[1].2.as_deref(), Some("Maria Zakharova"));
    assert_eq!(q[1].3.as_deref(), Some("denied"));
    // A dash before the coordinator, and a quoted fragment earlier in the sentence.
    let text = "Putin said the offer was “a provocation” — and he warned that the deadline \
                would not move.";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].0, "the offer was “a provocation”");
    assert_eq!(q[1].0, "the deadline would not move");
    assert_eq!(q[1].1.as_deref(), Some("he"));
    assert_eq!(q[1].2.as_deref(), Some("Vladimir Putin"));
    // A second verb of the same subject (`and said`) is no new clause, and a coordinated
    // clause without a reporting verb stays in the report.
    let text = "Reuters reported the arrest of a man and said the curfew would continue.";
    assert_eq!(quotes(text).len(), 1, "{:?}", quotes(text));
    let text = "Peskov said the talks would resume in March and the delegations would meet \
                in Istanbul.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].0.ends_with("would meet in Istanbul"), "{q:?}");
}

#[test]
fn an_aside_between_double_hyphens_is_skipped_to_the_subject() {
    // Plain-text copy writes the dash as `--`.
    let text = "Dmitry Peskov -- who has spoken for the Kremlin since 2012 -- told reporters, \
                “The talks will go on without any deadline.”";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1.as_deref(), Some("Dmitry Peskov"));
    let text =
        "Peskov -- the Kremlin spokesman -- said the talks would go on without any deadline.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("Dmitry Peskov"));
}

#[test]
fn a_movement_or_a_place_after_the_verb_is_no_claim() {
    for text in [
        "Zakharova called into a radio show on Tuesday while she was at home sick.",
        "Zakharova called in to a town hall about policing in the capital.",
        "Peskov reported from Istanbul, and other correspondents from Ankara.",
    ] {
        assert!(quotes(text).is_empty(), "{text}: {:?}", quotes(text));
    }
    // A `that` clause after the place is the claim.
    let q =
        quotes("We know from his financial disclosures that most of his assets are held abroad.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "most of his assets are held abroad");
    assert_eq!(q[0].1.as_deref(), Some("We"));
}

#[test]
fn in_a_title_case_heading_only_a_known_source_reports() {
    // Every word of a heading is capitalised, so `Curious` before `Plan` is no subject.
    let text = "A Curious Plan to Fight Floods: Buy Farms, Plant Forests\n\nThe plan is new.";
    assert!(quotes(text).is_empty(), "{:?}", quotes(text));
    let text = "Putin Says Talks Will Resume in Istanbul Next Month\n\nThe talks stopped in May.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("Vladimir Putin"));
}

#[test]
fn a_clause_that_only_starts_with_a_quoted_fragment_is_reported() {
    use gazette::QuoteKind;
    let text = "Peskov said “budget reforms” and the sale of state assets would pay for it.";
    let a = EXTRACTOR.analyse(text);
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(
        q[0].0,
        "“budget reforms” and the sale of state assets would pay for it"
    );
    assert_eq!(a.quotes[0].kind, QuoteKind::Mixed);
    assert_eq!(q[0].2.as_deref(), Some("Dmitry Peskov"));
    // A label set off by a comma is no start of a clause.
    let text = "Putin, whom supporters call “the Boss”, has kept close ties with both capitals.";
    let a = EXTRACTOR.analyse(text);
    assert!(
        a.quotes.iter().all(|q| q.kind == QuoteKind::Direct),
        "{:?}",
        quotes(text)
    );
    // A quotation that runs to the end of the sentence is a direct quote.
    let text = "Peskov said “the talks will go on without any deadline.”";
    let a = EXTRACTOR.analyse(text);
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(a.quotes[0].kind, QuoteKind::Direct);
}

#[test]
fn people_familiar_with_the_matter_are_an_anonymous_source() {
    for (text, speaker) in [
        (
            "People familiar with the matter said the deal was close to collapse.",
            "People familiar with the matter",
        ),
        (
            "Sources close to Putin said the deal was close to collapse.",
            "Sources close to Putin",
        ),
        (
            "“We are close,” a person familiar with the talks said.",
            "a person familiar with the talks",
        ),
        (
            "Officials familiar with the plan said the deal was close to collapse.",
            "Officials familiar with the plan",
        ),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        assert_eq!(q[0].1.as_deref(), Some(speaker), "{text}: {q:?}");
        // Nobody is named: not Putin, whom the source is close to.
        assert_eq!(q[0].2, None, "{text}: {q:?}");
    }
}

#[test]
fn an_indefinite_role_is_someone_not_named_and_a_role_before_a_preposition_is_not_the_named() {
    // `the spokesman` refers back to the spokesman named before.
    let text = "Kremlin spokesman Dmitry Peskov spoke on Monday. “We will not comment,” the \
                spokesman said.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("Dmitry Peskov"));
    // `a spokesman for Putin` is neither Putin nor the spokesman named before.
    let text = "Kremlin spokesman Dmitry Peskov spoke on Monday. “We will not comment,” a \
                spokesman for Putin said.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1.as_deref(), Some("a spokesman for Putin"));
    assert_eq!(q[0].2, None);
    // A role before `for` or `to` is no role of the name after it.
    let text = "A spokeswoman for Maria Zakharova spoke on Monday. “We will not comment,” the \
                spokeswoman said.";
    let q = quotes(text);
    assert_ne!(q[0].2.as_deref(), Some("Maria Zakharova"), "{q:?}");
}

#[test]
fn quoted_as_saying_takes_the_subject_of_quoted() {
    let text = "Peskov was quoted by Interfax as saying the talks would resume in March.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "the talks would resume in March");
    assert_eq!(q[0].2.as_deref(), Some("Dmitry Peskov"));
    let text = "“The talks will resume in March,” Zakharova was quoted as saying by RIA.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("Maria Zakharova"));
    assert_eq!(q[0].3.as_deref(), Some("saying"));
}

#[test]
fn a_participle_clause_after_a_closing_attribution_is_a_second_report() {
    let text = "The talks will resume in March, Peskov told reporters, adding that no date had \
                been set.";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].0, "The talks will resume in March");
    assert_eq!(q[0].3.as_deref(), Some("told"));
    assert_eq!(q[1].0, "no date had been set");
    assert_eq!(q[1].2.as_deref(), Some("Dmitry Peskov"));
    assert_eq!(q[1].3.as_deref(), Some("adding"));
    // After an opening attribution the participle stays in the one report.
    let text = "Peskov said the talks would resume in March, adding that no date had been set.";
    assert_eq!(quotes(text).len(), 1, "{:?}", quotes(text));
}

#[test]
fn a_fragment_closing_the_sentence_with_its_full_stop_inside_the_marks_is_mixed() {
    use gazette::QuoteKind;
    let text = "Peskov said the sanctions were handed out “like candy.”";
    let a = EXTRACTOR.analyse(text);
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "the sanctions were handed out “like candy.");
    assert_eq!(a.quotes[0].kind, QuoteKind::Mixed);
    // A quotation introduced by a comma is its own record, not a fragment of the clause.
    let text = "When Peskov mentioned the sanctions, Zakharova laughed and said, “We do not \
                believe in the sanctions.”";
    let a = EXTRACTOR.analyse(text);
    assert!(
        a.quotes.iter().any(|q| q.kind == QuoteKind::Direct),
        "{:?}",
        quotes(text)
    );
}

#[test]
fn a_venue_between_the_verb_and_that_is_not_content() {
    for text in [
        "Peskov told reporters on a conference call that the talks would resume in March.",
        "Peskov said during a visit to Minsk that the talks would resume in March.",
        "Peskov said in an interview with Interfax that the talks would resume in March.",
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        assert_eq!(q[0].0, "the talks would resume in March", "{text}");
    }
    // A clause of its own before `that` is content.
    let q = quotes("Peskov said the Kremlin wanted to show that the talks would resume.");
    assert_eq!(
        q[0].0,
        "the Kremlin wanted to show that the talks would resume"
    );
}

#[test]
fn a_reporting_word_after_a_possessive_is_a_noun_in_reported_speech() {
    // `her pleading` is a gerund, not `pleading` with the video as its subject.
    let text = "The wife of the driver recorded a video of the encounter that includes her \
                pleading with officers not to shoot at the car.";
    assert!(quotes(text).is_empty(), "{:?}", quotes(text));
}

#[test]
fn advisers_to_a_person_are_the_advisers() {
    let q = quotes("The talks, advisers to Putin say, will resume in March.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1.as_deref(), Some("advisers to Putin"));
    assert_eq!(q[0].2, None);
    let q = quotes("“The talks will resume in March,” advisers to Putin said.");
    assert_eq!(q[0].1.as_deref(), Some("advisers to Putin"));
}

#[test]
fn a_capitalised_participle_opening_a_sentence_is_no_speaker() {
    // The participle clause's subject is the main clause's, not the participle.
    let text = "Chastened by the analyses, Trump revised his plan, saying it would focus on \
                average Americans.";
    assert_eq!(speaker(text), who("Trump", "Donald Trump"));
    // `Having said that` opens a clause: nobody named `Having` said anything.
    let text = "(Having said that, there are some economists who argue that corporate taxes \
                should be very little.)";
    assert!(
        quotes(text)
            .iter()
            .all(|q| q.1.as_deref() != Some("Having")),
        "{:?}",
        quotes(text)
    );
    // A name that ends like a participle is still a name when a verb follows it.
    let text = "Manning said the documents were released to inform the public.";
    assert_eq!(speaker(text).0, "Manning");
}

#[test]
fn the_object_of_a_preposition_is_not_the_subject_of_a_participle() {
    // `finding` is one of a list of gerunds; `Enacting` opens the sentence's subject, and
    // `others` is the object of `over`: neither said anything.
    let text = "Enacting dominance over others, rather than celebrating difference, cooperating \
                and finding what we have in common, is the most destructive way forward.";
    assert!(
        quotes(text)
            .iter()
            .all(|q| !matches!(q.1.as_deref(), Some("others" | "Enacting"))),
        "{:?}",
        quotes(text)
    );
}

#[test]
fn a_plural_quantifier_before_a_verb_in_s_is_a_noun_phrase() {
    // `many questions`, `Most states`: a plural quantifier takes `question`, `state`.
    for text in [
        "There are conflicting stories and many questions about how his wife was treated by \
         the hospital.",
        "Most states have passed the deadline to change the names on their ballots.",
    ] {
        assert!(quotes(text).is_empty(), "{text}: {:?}", quotes(text));
    }
    // With the verb's base form they are sources.
    let q = quotes("Some say the plan will never work.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "the plan will never work");
    assert_eq!(q[0].1.as_deref(), Some("Some"));
}

#[test]
fn as_someone_put_it_attributes_the_quotation_after_it() {
    let text = "As Peskov put it in a statement to reporters, the talks are “not going anywhere \
                soon.”";
    assert_eq!(speaker(text), who("Peskov", "Dmitry Peskov"));
    let q = quotes(text);
    assert_eq!(q[0].3.as_deref(), Some("put it"));
    // An appositive and an adverb between the name and `put it`.
    let text = "As Zakharova, the ministry's spokeswoman, recently put it, “We are not in a \
                hurry.”";
    assert_eq!(speaker(text), who("Zakharova", "Maria Zakharova"));
}

#[test]
fn verbs_of_criticism_report_their_object_and_reason() {
    let q = quotes("Putin attacked the West for its sanctions against Russian banks.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "the West for its sanctions against Russian banks");
    assert_eq!(q[0].2.as_deref(), Some("Vladimir Putin"));
    let q = quotes("Zakharova blasted the deal as a betrayal of the whole region.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "the deal as a betrayal of the whole region");
    assert_eq!(q[0].3.as_deref(), Some("blasted"));
    let q = quotes("Peskov denounced the sanctions against Russian banks.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("Dmitry Peskov"));
    // A physical attack reports nothing.
    let text = "Russian forces attacked the city of Kharkiv overnight, killing three people.";
    assert!(quotes(text).is_empty(), "{:?}", quotes(text));
}

#[test]
fn group_sources_with_modifiers_and_coordinated_places() {
    // The head before `in Virginia and around the country`.
    let q = quotes(
        "Political observers in Virginia and around the country say Scott deserves the right \
         of first refusal.",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "Scott deserves the right of first refusal");
    assert_eq!(q[0].1.as_deref(), Some("Political observers"));
    // A hyphenated compound modifies the role noun after it.
    let q = quotes("The proposal is vague about who would be eligible, labor-policy experts say.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "The proposal is vague about who would be eligible");
    assert_eq!(q[0].1.as_deref(), Some("labor-policy experts"));
    // Surrogates, defenders, advocates and proponents speak for someone.
    let q = quotes("RT and its defenders say that the network is no more biased than others.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1.as_deref(), Some("its defenders"));
}

#[test]
fn office_holders_and_parties_to_a_case_speak() {
    // Commissioners, sheriffs, counsel, plaintiffs: role nouns of news that name a speaker.
    let q =
        quotes("The state’s commissioner says an internal review shows no leak from his staff.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "an internal review shows no leak from his staff");
    assert_eq!(q[0].1.as_deref(), Some("The state’s commissioner"));
    let q = quotes("The sheriff said the road would stay closed until Monday.");
    assert_eq!(q[0].1.as_deref(), Some("The sheriff"));
    let q = quotes("The plaintiffs argue that the law was never applied to them.");
    assert_eq!(q[0].1.as_deref(), Some("The plaintiffs"));
    // Before a name, the role makes a person of a name no gazetteer knows.
    let q = quotes("State tax commissioner Kevin Dorrance said the review was complete.");
    assert_eq!(q[0].1.as_deref(), Some("Kevin Dorrance"));
    assert_eq!(q[0].2.as_deref(), Some("Kevin Dorrance"));
    // A role that is also a surname does not take the name's place: `Howard Dean` stays one.
    let q = quotes("Howard Dean said the party would win the seat.");
    assert_eq!(q[0].2.as_deref(), Some("Howard Dean"));
}

#[test]
fn a_quotation_closing_a_sentence_begun_outside_its_marks_is_mixed() {
    use gazette::QuoteKind;
    let text = "With thousands of vote counting systems, “there is no single point of failure,” \
                Peskov said.";
    let a = EXTRACTOR.analyse(text);
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(
        q[0].0,
        "With thousands of vote counting systems, “there is no single point of failure,"
    );
    assert_eq!(q[0].2.as_deref(), Some("Dmitry Peskov"));
    assert_eq!(a.quotes[0].kind, QuoteKind::Mixed);
    // A quotation opening in capitals is a sentence of its own: the words before it are
    // context, and the record is the direct quotation alone.
    let text = "In a speech on Monday, “We will win this election,” Peskov said.";
    let a = EXTRACTOR.analyse(text);
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "We will win this election,");
    assert_eq!(a.quotes[0].kind, QuoteKind::Direct);
}

#[test]
fn a_report_in_a_subordinate_clause_ends_before_the_main_clause_quotation() {
    let text = "When Zakharova noted that Putin had not paid any taxes for years ― as the \
                records showed ― Trump boasted, “That makes me smart.”";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(
        q[0].0,
        "Putin had not paid any taxes for years ― as the records showed"
    );
    assert_eq!(q[0].2.as_deref(), Some("Maria Zakharova"));
    assert_eq!(q[1].0, "That makes me smart.");
    assert_eq!(q[1].2.as_deref(), Some("Donald Trump"));
    // In the main clause a report may hold another attribution and its quotation.
    let text = "Peskov said Trump was right when he said on Wednesday, “We will talk to \
                everyone.”";
    let q = quotes(text);
    assert!(
        q.iter()
            .any(|q| q.0.starts_with("Trump was right") && q.0.contains("talk to everyone")),
        "{q:?}"
    );
}

#[test]
fn one_list_of_prepositions_heads_a_subject_over_its_object() {
    // `around` and `across` join the prepositions a subject is widened over.
    let (words, _) = speaker("“We will not pay,” leaders around Europe said on Monday.");
    assert_eq!(words, "leaders around Europe");
}

#[test]
fn anonymous_sources_after_and_before_their_verb() {
    // The source after an inverted verb may be described to the end of the sentence.
    for (text, speaker) in [
        (
            "The talks will resume next week, said a source familiar with the matter.",
            "a source",
        ),
        (
            "The talks will resume next week, said one official in the room.",
            "one official",
        ),
        (
            "The talks will resume next week, said two diplomats close to the negotiations.",
            "two diplomats",
        ),
        (
            "The deal was close, said a person briefed on the talks.",
            "a person",
        ),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        assert_eq!(q[0].0, text[..text.find(", said").unwrap()], "{text}");
        assert_eq!(q[0].1.as_deref(), Some(speaker), "{text}");
    }
    // Knowledge of, briefed on, involved in: what the source knows is not the source.
    let q = quotes("A person with knowledge of the talks said the deal was close.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "the deal was close");
    assert_eq!(
        q[0].1.as_deref(),
        Some("A person with knowledge of the talks")
    );
    // An earlier body in the sentence does not take the inverted source's place.
    let q = quotes(
        "The refusal did not go over well with Republicans, and the meeting deteriorated from \
         there, said one GOP source in the room.",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1.as_deref(), Some("one GOP source"));
}

#[test]
fn a_passive_participle_before_a_preposition_reports_nothing() {
    // `accused of`, `criticised for`: the verb takes its object first, so these are people
    // accused and a plan criticised, not reports.
    assert!(quotes("Kaine defended people accused of rape or murder in four cases.").is_empty());
    assert!(
        quotes("The mayor defended a plan criticised for its cost by every expert.").is_empty()
    );
    // With its object the verb reports.
    let q = quotes("The mayor accused the council of wasting money on the new stadium.");
    assert_eq!(q.len(), 1, "{q:?}");
    // An object moved before the verb leaves `as` right after it: still a report.
    let q =
        quotes("Clinton is describing as “unhinged” a tweet that attacked a former beauty queen.");
    assert_eq!(q.len(), 1, "{q:?}");
}

#[test]
fn a_closing_attribution_before_a_clause_about_its_speakers() {
    // `…, X said Friday, as they …`: the content is before the attribution, and a later
    // reporting word (`questions`) belongs to the subordinate clause.
    let text = "WASHINGTON ― The obsession with the birth of the president is an insult to all \
                Americans, top black lawmakers said Friday afternoon, as they bristled at the \
                continued questions about the legitimacy of the first black president.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    // The dateline is not part of what they said.
    assert_eq!(
        q[0].0,
        "The obsession with the birth of the president is an insult to all Americans"
    );
    assert_eq!(q[0].1.as_deref(), Some("lawmakers"));
    assert_eq!(q[0].3.as_deref(), Some("said"));
    // A request for anonymity is no content; the source is the inverted subject.
    let q = quotes("The deal was close, said a senior official who asked not to be named.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "The deal was close");
    assert_eq!(q[0].1.as_deref(), Some("a senior official"));
    assert!(quotes("The official asked not to be named because of the talks.").is_empty());
}

#[test]
fn a_group_is_no_single_person() {
    // `Lawmakers` before Donald Trump in a headline is not his role, and `the lawmakers` is a
    // group, never one person.
    let text = "Black Lawmakers Rip Donald Trump.\n\nThe remarks were an insult to all \
                Americans, the lawmakers said on Friday.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1.as_deref(), Some("the lawmakers"));
    assert_eq!(q[0].2, None);
    // A singular role still refers back to its person.
    let text = "Kremlin spokesman Dmitry Peskov spoke on Monday.\n\nThe talks will go on, the \
                spokesman said.";
    assert_eq!(speaker(text), who("the spokesman", "Dmitry Peskov"));
}

#[test]
fn a_verb_with_its_particle_and_an_as_clause_report() {
    // `pointed out that …`: the particle is not content; without it `pointed` is no report.
    let q = quotes("He pointed out that the plan had failed twice.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "the plan had failed twice");
    assert_eq!(q[0].3.as_deref(), Some("pointed"));
    assert!(quotes("Sanders offered some pointed advice to Clinton on Friday.").is_empty());
    // `As X pointed out, CONTENT` and `Y, as X noted, CONTENT`: the `as` clause attributes the
    // main clause after it.
    let q =
        quotes("As many tax experts have pointed out, Mr. Trump is free to disclose his returns.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "Mr. Trump is free to disclose his returns");
    assert_eq!(q[0].1.as_deref(), Some("experts"));
    let q = quotes(
        "Hawaii, as one of the president's climate advisers noted, normally does not get two \
         hurricanes at once.",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "normally does not get two hurricanes at once");
    // An `as` clause of time is no attribution, and a quotation after the comma is direct.
    assert!(quotes("As he walked in, the crowd cheered loudly for the new mayor.").is_empty());
    let q =
        quotes("As a phone rang, the announcer said, “It is 3 a.m. and your children are safe.”");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "It is 3 a.m. and your children are safe.");
}

#[test]
fn a_block_quotation_after_a_colon_introduction() {
    use gazette::QuoteKind;
    // Web articles set long quotations as a paragraph of their own without marks.
    let text =
        "Limbaugh added on his show:\n\nAnd from a supposed front-runner, this reeks of the \
                greatest fear that I have ever seen.\n\nThe host moved on to other topics.";
    let a = EXTRACTOR.analyse(text);
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(
        q[0].0,
        "And from a supposed front-runner, this reeks of the greatest fear that I have ever seen."
    );
    assert_eq!(q[0].1.as_deref(), Some("Limbaugh"));
    assert_eq!(q[0].3.as_deref(), Some("added"));
    assert_eq!(a.quotes[0].kind, QuoteKind::Indirect);
    // The introduction alone (`on Twitter on Monday`) is no content.
    let q = quotes("Trump wrote on Twitter on Monday:\n\nThe election is rigged against me.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "The election is rigged against me.");
    // A list is no quotation, nor is a colon without a reporting verb and its subject.
    let q =
        quotes("He said the plan has three parts:\n\nFirst, the taxes will be cut for families.");
    assert!(q.iter().all(|q| !q.0.starts_with("First")), "{q:?}");
    assert!(quotes("Here is the list:\n\nThe taxes will be cut for every family.").is_empty());
    // A block holding quotation marks is direct speech, attributed as such.
    let q = quotes("Trump added:\n\n“We will win, and we will win big,” he told the crowd.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "We will win, and we will win big,");
}

#[test]
fn documents_and_announcements_speak() {
    for (text, speaker) in [
        (
            "The story suggests the government understands the risks of the plan.",
            "The story",
        ),
        (
            "The announcement said the plant would close next year.",
            "The announcement",
        ),
        (
            "The Kremlin readout said the two leaders discussed prisoner exchanges.",
            "The Kremlin readout",
        ),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        assert_eq!(q[0].1.as_deref(), Some(speaker), "{text}");
    }
    // `In a statement, X said`: the statement is where X spoke, not the speaker.
    let q = quotes("In a statement on Friday, the ministry said the talks would resume.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1.as_deref(), Some("the ministry"));
}

#[test]
fn local_office_titles_and_relatives() {
    // `Del.` (a state delegate) does not end the sentence, and `Scott's niece` speaks.
    let text = "“This is a big year for our senator!” Scott’s niece, Del. Marcia Price, shouted \
                to the crowd.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1.as_deref(), Some("Scott’s niece"));
    // A relative in apposition before the name.
    let q = quotes("“This is a big year,” his niece, Marcia Price, said.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("Marcia Price"));
    // Titles of local office make a person of a name no gazetteer knows.
    let q = quotes("Police Chief Kerr Putney said the video would be released soon.");
    assert_eq!(q[0].2.as_deref(), Some("Kerr Putney"));
    let q = quotes("Assemblywoman Dana Okafor said the budget would pass this week.");
    assert_eq!(q[0].2.as_deref(), Some("Dana Okafor"));
}

#[test]
fn a_role_counted_by_a_number_after_of() {
    let text =
        "When pressed, the 34-year-old mother of three replied, “It is meant to benefit the \
                mother who has given birth.”";
    assert_eq!(speaker(text).0, "the 34-year-old mother of three");
    let q = quotes("The father of two said the school would reopen on Monday.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1.as_deref(), Some("The father of two"));
}
