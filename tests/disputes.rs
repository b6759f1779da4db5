//! Two parties' accounts of one thing, as two outlets report them: fans say
//! police fired tear gas and that the gate was locked; the police chief
//! denies the gas, the club says the gates were open. Each outlet tells
//! both accounts, so each account pairs with the same account in the other
//! outlet; the accounts that oppose each other share little but the thing
//! disputed, and are set side by side as a divergence too.

use claimdiff::align::{self, Relation};
use claimdiff::corpus::Corpus;
use claimdiff::document::Document;
use claimdiff::span::Pair;

const WIRE: &str = "Crush at Volna Stadium kills 27 fans after derby\n\n\
    At least 27 people were killed in a crush at the Volna Stadium in Korvask on Saturday night, \
    the health ministry said.\n\n\
    Fans' groups and several witnesses said police had fired tear gas toward the north stand \
    in the last minutes of the match.\n\n\
    The Korvask police chief, Col. Dmitar Halenko, denied that tear gas had been used inside the stadium.\n\n\
    Survivors said the gate was locked when the crowd reached it.\n\n\
    Sokol Korvask said in a statement on Sunday that all exit gates had been open since the 80th minute.\n\n\
    President Ivo Karanov declared three days of national mourning.\n";

const DAILY: &str = "Korvask mourns as stadium toll reaches 27\n\n\
    Twenty-seven fans died in Saturday's crush at the Volna Stadium, according to the health ministry.\n\n\
    Members of the supporters' union told the Courier that officers fired tear gas into the \
    crowded north stand just before the final whistle.\n\n\
    The city's police chief told reporters that no tear gas had been used inside the ground.\n\n\
    Eleven survivors interviewed by the Courier said the gate was still locked as people fell.\n\n\
    The club insists the gates were open from the 80th minute onwards.\n\n\
    The president declared three days of national mourning.\n";

fn links(left: &str, right: &str) -> Vec<(String, String, Relation)> {
    let corpus = Corpus::new(vec![
        Document::from_text("wire.txt", left),
        Document::from_text("daily.txt", right),
    ]);
    let cmp = corpus.compare(0, 1);
    cmp.links
        .iter()
        .map(|k| {
            (
                corpus.sources[0].text(k.sentences.left).to_string(),
                corpus.sources[1].text(k.sentences.right).to_string(),
                k.relation,
            )
        })
        .collect()
}

/// The links the engine itself makes with `left` as the left article, and
/// with it as the right one, each as (left text, right text, relation) of
/// the first order: `Corpus::compare` runs one order only and mirrors it.
type Links = Vec<(String, String, Relation)>;
fn both_orders(left: &str, right: &str) -> (Links, Links) {
    let corpus = Corpus::new(vec![
        Document::from_text("wire.txt", left),
        Document::from_text("daily.txt", right),
    ]);
    let run = |a: usize, b: usize| -> Links {
        let views = Pair::new(corpus.sources[a].view(), corpus.sources[b].view());
        let cmp = align::compare(&corpus.index, Pair::new(a, b), views);
        let mut out: Links = cmp
            .links
            .iter()
            .map(|k| {
                let (l, r) = (k.sentences.left, k.sentences.right);
                let (l, r) = if a == 0 { (l, r) } else { (r, l) };
                (
                    corpus.sources[0].text(l).to_string(),
                    corpus.sources[1].text(r).to_string(),
                    k.relation,
                )
            })
            .collect();
        out.sort_by(|x, y| (&x.0, &x.1).cmp(&(&y.0, &y.1)));
        out
    };
    (run(0, 1), run(1, 0))
}

/// The relations of the links between the sentences that start with
/// `left` and `right`.
fn relations(links: &[(String, String, Relation)], left: &str, right: &str) -> Vec<Relation> {
    links
        .iter()
        .filter(|(l, r, _)| l.starts_with(left) && r.starts_with(right))
        .map(|k| k.2)
        .collect()
}

#[test]
fn a_claim_and_its_denial_diverge() {
    let got = links(WIRE, DAILY);
    // Each account with the same account: fans with fans, the chief with
    // the chief.
    assert_eq!(
        relations(&got, "Fans' groups", "Members of"),
        [Relation::Match],
        "{got:#?}"
    );
    assert_eq!(
        relations(&got, "The Korvask police chief", "The city's police chief"),
        [Relation::Match],
        "{got:#?}"
    );
    // And the fans' account against the chief's denial.
    assert_eq!(
        relations(&got, "Fans' groups", "The city's police chief"),
        [Relation::Diverge],
        "{got:#?}"
    );
}

#[test]
fn opposite_states_of_one_thing_diverge() {
    let got = links(WIRE, DAILY);
    let locked_open = relations(&got, "Survivors said", "The club insists");
    let open_locked = relations(&got, "Sokol Korvask said", "Eleven survivors");
    assert!(
        locked_open == [Relation::Diverge] || open_locked == [Relation::Diverge],
        "{got:#?}"
    );
    // The same state is no dispute.
    assert_eq!(
        relations(&got, "Survivors said", "Eleven survivors"),
        [Relation::Match],
        "{got:#?}"
    );
}

#[test]
fn the_disputes_are_the_same_both_ways_round() {
    let (ab, ba) = both_orders(WIRE, DAILY);
    assert_eq!(ab, ba);
    assert!(ab.iter().any(|k| k.2 == Relation::Diverge), "{ab:#?}");
}

#[test]
fn many_accounts_of_one_thing_pair_the_same_both_ways_round() {
    // Six survivors against four club statements: more accounts than a
    // sentence takes partners.
    let mut left = String::from("Crush at Volna Stadium kills 27 fans\n\n");
    for who in ["Anna", "Boris", "Chen", "Dora", "Emil", "Fedir"] {
        left += &format!(
            "{who}, a fan from Korvask, said the gate was locked when the crowd reached it.\n\n"
        );
    }
    let mut right = String::from("Korvask mourns 27 fans after stadium crush\n\n");
    for when in ["Sunday", "Monday", "Tuesday", "Wednesday"] {
        right += &format!(
            "The club said on {when} that the gates had been open since the 80th minute.\n\n"
        );
    }
    // Other news of the day, so that the gate is a thing disputed, not
    // the topic of every sentence.
    for (k, other) in [
        "The league suspended all matches for two weeks.",
        "Hospitals in the city asked for blood donors.",
        "The president declared three days of national mourning.",
        "Flags flew at half-mast on public buildings.",
        "The interior minister travelled to Korvask.",
        "Prosecutors opened an inquiry into negligence.",
        "A fund for the victims' families was set up.",
        "Players from both teams laid flowers at the stadium.",
        "The club's next home match was postponed.",
        "Fans held a vigil outside the ground.",
    ]
    .iter()
    .enumerate()
    {
        let text = format!("{other}\n\n");
        if k % 2 == 0 {
            left += &text;
            right += &text;
        } else {
            right += &text;
            left += &text;
        }
    }
    let (ab, ba) = both_orders(&left, &right);
    assert_eq!(ab, ba);
    assert!(ab.iter().any(|k| k.2 == Relation::Diverge), "{ab:#?}");
}

#[test]
fn the_nearest_accounts_are_the_same_both_ways_round() {
    // One survivor's account at the end of a long story, against six club
    // statements, one near the start of the other story and five near its
    // end: which are nearest must not depend on which story is left.
    let filler = |k: usize| format!("Line {k} of other news from the city council today.\n\n");
    let mut left = String::from("Crush at Volna Stadium kills 27 fans\n\n");
    for k in 0..30 {
        left += &filler(k);
    }
    left += "Survivors insist the gate was locked when the crowd surged.\n";
    let mut right = String::from("Korvask mourns 27 fans after stadium crush\n\n");
    for k in 0..30 {
        if k == 1 || k >= 25 {
            right += &format!("The club said in statement {k} that the gate was open.\n\n");
        } else {
            right += &filler(100 + k);
        }
    }
    let (ab, ba) = both_orders(&left, &right);
    assert_eq!(ab, ba);
    assert!(ab.iter().any(|k| k.2 == Relation::Diverge), "{ab:#?}");
}

/// A lead that gives one toll; an article that gives each party's.
const LEAD: &str = "Four dead after police fire on march in Tavrin\n\n\
    TAVRIN, Karsenia — At least four people were killed when police fired on an opposition \
    march in the capital on Tuesday, the interior ministry said.\n\n\
    Police said 212 people had been detained.\n\n\
    The president declared three days of national mourning from Wednesday and announced a fund \
    of 50 million ostals for the families of the victims.\n";

const PARTIES: &str = "Karsenia counts its dead two days after the march\n\n\
    Nobody in Karsenia can say with certainty how many people died in Tuesday's crackdown.\n\n\
    The government says five people were killed.\n\n\
    The rights group Civic Shield says 11 people were killed, all of them by gunfire.\n\n\
    A surgeon at the city's main hospital said at least eight people had died of gunshot wounds.\n\n\
    The government has set up a fund of 50 million ostals for the families of the victims.\n\n\
    The government declared a week of national mourning.\n";

/// Other news of the day, as a story tells beside its tolls.
const OTHER_NEWS: [&str; 12] = [
    "The opposition leader was placed under house arrest on Wednesday.",
    "Mobile internet was cut in the capital for several hours.",
    "A curfew is now in force in the city centre.",
    "The election commission has refused a recount.",
    "Several embassies urged their citizens to avoid the centre.",
    "Shops near the square stayed shut on Wednesday morning.",
    "The interior minister addressed the nation on television.",
    "Prosecutors opened a criminal case against the organisers.",
    "Hundreds of mourners gathered at the university.",
    "Trams resumed running along the main avenue.",
    "The currency fell to a record low against the euro.",
    "Parliament will hold an emergency session on Friday.",
];

/// `text` with the other news after it: half of it, taken from `from`.
fn with_news(text: &str, from: usize) -> String {
    let mut out = text.to_string();
    for k in 0..OTHER_NEWS.len() / 2 {
        out += "\n";
        out += OTHER_NEWS[(from + k) % OTHER_NEWS.len()];
        out += "\n";
    }
    out
}

#[test]
fn a_toll_is_set_against_each_party_s_other_toll() {
    // Articles of a usual length: a toll in a few of their sentences.
    let (lead, parties) = (with_news(LEAD, 0), with_news(PARTIES, 6));
    let got = links(&lead, &parties);
    for other in ["The government says", "The rights group", "A surgeon"] {
        assert_eq!(
            relations(&got, "TAVRIN", other),
            [Relation::Diverge],
            "{other}: {got:#?}"
        );
    }
    let (ab, ba) = both_orders(&lead, &parties);
    assert_eq!(ab, ba);
}

#[test]
fn two_spans_of_one_mourning_diverge() {
    // The mourning is told beside the fund, which pairs with the fund.
    let got = links(LEAD, PARTIES);
    assert_eq!(
        relations(&got, "The president declared", "The government has set up"),
        [Relation::Match],
        "{got:#?}"
    );
    assert_eq!(
        relations(&got, "The president declared", "The government declared"),
        [Relation::Diverge],
        "{got:#?}"
    );
}

/// Each article's one count of soldiers, in sentences that share nothing
/// else.
const ARMY: &str = "Flood waters recede in the south\n\n\
    The army said about 600 soldiers had been sent to the valley on Monday.\n\n\
    The river rose more than four metres overnight, the water agency said.\n";
const CABINET: &str = "Coast counts the cost of the storm\n\n\
    By Tuesday night the cabinet had declared the whole coast a disaster area, opened a relief \
    fund and deployed some eight hundred troops to clear the roads.\n\n\
    The water agency said the river had risen by four metres in one night.\n";

#[test]
fn each_article_s_only_count_of_a_thing_is_set_against_the_other_s() {
    let (army, cabinet) = (with_news(ARMY, 0), with_news(CABINET, 6));
    let got = links(&army, &cabinet);
    assert_eq!(
        relations(&got, "The army said", "By Tuesday night"),
        [Relation::Diverge],
        "{got:#?}"
    );
    let (ab, ba) = both_orders(&army, &cabinet);
    assert_eq!(ab, ba);
    // Another year's count is another event's.
    let past = cabinet.replace("By Tuesday night the", "In 2009 the");
    let got = links(&army, &past);
    assert!(
        relations(&got, "The army said", "In 2009").is_empty(),
        "{got:#?}"
    );
}

/// A live story's later toll, in a long sentence that shares nothing with
/// the other outlet's long one but the toll: too little to be proposed as
/// a pair on what they share.
const LIVE: &str = "Bomb at Varna metro station\n\n\
    VARNA — At least 12 people were killed when a bomb went off at Varna's central metro \
    station during the Monday morning rush, police said.\n\n\
    By Tuesday evening the health ministry, whose hospitals took in the wounded from three \
    lines and treated burns, fractures and smoke inhalation through the night while relatives \
    queued outside and surgeons worked in shifts, had counted 16 dead.\n";
const WEEKLY: &str = "A city in mourning\n\n\
    Twenty people died in the bombing of Varna's central metro station on Monday, according \
    to the mayor, who spoke at a candlelit vigil attended by thousands of residents, the \
    city's bishop and the national football team.\n";

#[test]
fn each_two_values_of_the_toll_are_set_side_by_side() {
    let (live, weekly) = (with_news(LIVE, 0), with_news(WEEKLY, 6));
    let got = links(&live, &weekly);
    assert_eq!(
        relations(&got, "VARNA", "Twenty people"),
        [Relation::Diverge],
        "{got:#?}"
    );
    assert_eq!(
        relations(&got, "By Tuesday evening", "Twenty people"),
        [Relation::Diverge],
        "{got:#?}"
    );
    let (ab, ba) = both_orders(&live, &weekly);
    assert_eq!(ab, ba);
}

#[test]
fn a_toll_with_a_part_of_something_else_is_set_against_the_others() {
    // "two of them after being admitted" splits the dead by where they
    // died, not the toll into parts of another count: 16 is still a toll.
    let live = LIVE.replace(
        "had counted 16 dead.",
        "had counted 16 dead, two of them after being admitted.",
    );
    let (live, weekly) = (with_news(&live, 0), with_news(WEEKLY, 6));
    let got = links(&live, &weekly);
    assert_eq!(
        relations(&got, "By Tuesday evening", "Twenty people"),
        [Relation::Diverge],
        "{got:#?}"
    );
}

const EVACUATED_LIVE: &str = "Volcano erupts on Halm Island\n\n\
    OSKEL — About 14,000 people were evacuated from the north of Halm Island after the volcano \
    erupted on Sunday night, civil protection officials said.\n\n\
    By Tuesday evening the Red Cross, whose volunteers ran the shelters in schools, church halls \
    and sports grounds across the south of the island while relatives queued for news, had \
    counted 23,000 evacuated.\n";
const EVACUATED_WEEKLY: &str = "An island emptied\n\n\
    Twenty thousand people were evacuated from the north of Halm Island after Sunday's eruption, \
    according to the governor, who spoke at a shelter in the island's main school.\n";

#[test]
fn each_two_values_of_the_displaced_are_set_side_by_side() {
    let (live, weekly) = (with_news(EVACUATED_LIVE, 0), with_news(EVACUATED_WEEKLY, 6));
    let got = links(&live, &weekly);
    for left in ["OSKEL", "By Tuesday evening"] {
        assert_eq!(
            relations(&got, left, "Twenty thousand"),
            [Relation::Diverge],
            "{left}: {got:#?}"
        );
    }
    let (ab, ba) = both_orders(&live, &weekly);
    assert_eq!(ab, ba);
}
