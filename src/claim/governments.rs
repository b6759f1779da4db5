//! The country a capital or a seat of government stands for when it acts:
//! "Kyiv denied", "the Kremlin blamed" say Ukraine or Russia did it, as
//! "Ukraine denied any involvement" does. News writes a government by its
//! capital as often as by its country's name. Not a people's adjective:
//! "the French striker rejected the accusation" is no act of France.
//!
//! Only a doer is read so (see [`super::agents`] and the index's deeds): "a
//! blast in Kyiv" is a place, and stays one.

/// Each country (as names are keyed: lower case) with its capital and the
/// seats of its government news names it by. Not capitals that are as
/// often a first name ("Sofia denied the report") or another body's seat
/// ("Brussels" is as often the European Union).
const GOVERNMENTS: &[(&str, &[&str])] = &[
    ("afghanistan", &["kabul"]),
    ("algeria", &["algiers"]),
    ("argentina", &["buenos aires"]),
    ("armenia", &["yerevan"]),
    ("australia", &["canberra"]),
    ("austria", &["vienna"]),
    ("azerbaijan", &["baku"]),
    ("bangladesh", &["dhaka"]),
    ("belarus", &["minsk"]),
    ("brazil", &["brasilia"]),
    ("canada", &["ottawa"]),
    ("china", &["beijing"]),
    ("colombia", &["bogota"]),
    ("croatia", &["zagreb"]),
    ("cuba", &["havana"]),
    ("czech republic", &["prague"]),
    ("denmark", &["copenhagen"]),
    ("egypt", &["cairo"]),
    ("estonia", &["tallinn"]),
    ("ethiopia", &["addis ababa"]),
    ("finland", &["helsinki"]),
    ("france", &["paris", "elysee"]),
    ("georgia", &["tbilisi"]),
    ("germany", &["berlin"]),
    ("greece", &["athens"]),
    ("hungary", &["budapest"]),
    ("india", &["new delhi", "delhi"]),
    ("indonesia", &["jakarta"]),
    ("iran", &["tehran"]),
    ("iraq", &["baghdad"]),
    ("ireland", &["dublin"]),
    ("israel", &["jerusalem"]),
    ("italy", &["rome"]),
    ("japan", &["tokyo"]),
    ("jordan", &["amman"]),
    ("kazakhstan", &["astana"]),
    ("kenya", &["nairobi"]),
    ("kyrgyzstan", &["bishkek"]),
    ("latvia", &["riga"]),
    ("lebanon", &["beirut"]),
    ("libya", &["tripoli"]),
    ("lithuania", &["vilnius"]),
    ("mexico", &["mexico city"]),
    ("moldova", &["chisinau"]),
    ("morocco", &["rabat"]),
    ("netherlands", &["the hague", "amsterdam"]),
    ("new zealand", &["wellington"]),
    ("nigeria", &["abuja"]),
    ("north korea", &["pyongyang"]),
    ("norway", &["oslo"]),
    ("pakistan", &["islamabad"]),
    ("philippines", &["manila"]),
    ("poland", &["warsaw"]),
    ("portugal", &["lisbon"]),
    ("qatar", &["doha"]),
    ("romania", &["bucharest"]),
    ("russia", &["moscow", "kremlin"]),
    ("saudi arabia", &["riyadh"]),
    ("serbia", &["belgrade"]),
    ("slovakia", &["bratislava"]),
    ("south africa", &["pretoria"]),
    ("south korea", &["seoul"]),
    ("spain", &["madrid"]),
    ("sudan", &["khartoum"]),
    ("sweden", &["stockholm"]),
    ("switzerland", &["bern"]),
    ("syria", &["damascus"]),
    ("taiwan", &["taipei"]),
    ("tajikistan", &["dushanbe"]),
    ("thailand", &["bangkok"]),
    ("turkey", &["ankara"]),
    ("turkmenistan", &["ashgabat"]),
    ("ukraine", &["kyiv", "kiev"]),
    ("united kingdom", &["london", "downing street", "whitehall"]),
    ("united states", &["washington", "white house", "pentagon"]),
    ("uzbekistan", &["tashkent"]),
    ("venezuela", &["caracas"]),
    ("vietnam", &["hanoi"]),
    ("yemen", &["sanaa"]),
];

/// The country `name` (a canonical name: lower case) stands for when it
/// acts, where it is a capital or a seat of government; `None` for a
/// country's own name and for anything else.
pub fn country_acting_as(name: &str) -> Option<&'static str> {
    GOVERNMENTS
        .iter()
        .find(|(_, names)| names.contains(&name))
        .map(|(country, _)| *country)
}

/// Each country with its people's adjective, which names the country
/// only beside a word of government (see [`country_of_doer`]): "the
/// Ukrainian government", not "the French striker".
const PEOPLES: &[(&str, &str)] = &[
    ("afghanistan", "afghan"),
    ("belarus", "belarusian"),
    ("britain", "british"),
    ("china", "chinese"),
    ("france", "french"),
    ("germany", "german"),
    ("india", "indian"),
    ("iran", "iranian"),
    ("iraq", "iraqi"),
    ("israel", "israeli"),
    ("italy", "italian"),
    ("japan", "japanese"),
    ("pakistan", "pakistani"),
    ("poland", "polish"),
    ("russia", "russian"),
    ("saudi arabia", "saudi"),
    ("syria", "syrian"),
    ("tajikistan", "tajik"),
    ("turkey", "turkish"),
    ("ukraine", "ukrainian"),
    ("united states", "american"),
];

/// Words of government after a people's adjective ("the Ukrainian
/// government has denied", "Russian officials blamed") or between it and
/// a name ("Ukrainian President Volodymyr Zelenskyy").
const GOVERNMENT_WORDS: &[&str] = &[
    "government",
    "authorities",
    "officials",
    "ministry",
    "president",
    "minister",
    "leader",
    "military",
    "army",
    "foreign",
    "prime",
    "defence",
    "defense",
    "interior",
];

/// The country a doer acts for, from the words around its name: `lower`
/// is the sentence's normalised tokens, `first..=last` the name's. A
/// people's adjective that is the name, with a word of government after
/// it ("the Ukrainian government", "Russian officials"), or that stands
/// before the name with words of government between ("Ukrainian President
/// Volodymyr Zelenskyy", "Russian Foreign Minister Sergei Lavrov").
pub fn country_of_doer(lower: &[String], first: usize, last: usize) -> Option<&'static str> {
    let people = |w: &str| PEOPLES.iter().find(|(_, p)| *p == w).map(|(c, _)| *c);
    let governs = |k: usize| {
        lower
            .get(k)
            .is_some_and(|w| GOVERNMENT_WORDS.contains(&w.as_str()))
    };
    if first == last
        && governs(last + 1)
        && let Some(country) = people(&lower[first])
    {
        return Some(country);
    }
    // Back over the words of government to the adjective before them.
    let mut k = first;
    while k > 0 && governs(k - 1) {
        k -= 1;
    }
    (k < first && k > 0)
        .then(|| people(&lower[k - 1]))
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_people_acts_for_its_country_beside_a_word_of_government() {
        let doer = |s: &str, name: &str| {
            let lower: Vec<String> = s.split(' ').map(str::to_lowercase).collect();
            let words: Vec<&str> = name.split(' ').collect();
            let first = lower.iter().position(|w| w == words[0]).unwrap();
            country_of_doer(&lower, first, first + words.len() - 1)
        };
        assert_eq!(
            doer("the ukrainian government has denied", "ukrainian"),
            Some("ukraine")
        );
        assert_eq!(
            doer("russian officials blamed kyiv", "russian"),
            Some("russia")
        );
        assert_eq!(
            doer(
                "ukrainian president volodymyr zelenskyy denied",
                "volodymyr zelenskyy"
            ),
            Some("ukraine")
        );
        assert_eq!(doer("the french striker rejected it", "french"), None);
        assert_eq!(
            doer(
                "president volodymyr zelenskyy denied",
                "volodymyr zelenskyy"
            ),
            None
        );
    }

    #[test]
    fn a_capital_or_a_people_acts_for_its_country() {
        for (name, country) in [
            ("kyiv", "ukraine"),
            ("kiev", "ukraine"),
            ("kremlin", "russia"),
            ("moscow", "russia"),
            ("white house", "united states"),
            ("downing street", "united kingdom"),
        ] {
            assert_eq!(country_acting_as(name), Some(country), "{name}");
        }
        for name in [
            "ukraine",
            "islamic state",
            "volodymyr zelenskyy",
            "kyiv metro",
        ] {
            assert_eq!(country_acting_as(name), None, "{name}");
        }
    }
}
