//! The country a capital, a seat of government or a people's adjective
//! stands for when it acts: "Kyiv denied", "the Kremlin blamed", "the
//! Ukrainian government has denied" all say Ukraine or Russia did it, as
//! "Ukraine denied any involvement" does. News writes a government by its
//! capital as often as by its country's name.
//!
//! Only a doer is read so (see [`super::agents`] and the index's deeds): "a
//! blast in Kyiv" is a place, and stays one.

/// Each country (as names are keyed: lower case) with its capital, the
/// seats of its government news names it by, and its people's adjective.
const GOVERNMENTS: &[(&str, &[&str])] = &[
    ("afghanistan", &["kabul", "afghan"]),
    ("algeria", &["algiers", "algerian"]),
    ("argentina", &["buenos aires", "argentine", "argentinian"]),
    ("armenia", &["yerevan", "armenian"]),
    ("australia", &["canberra", "australian"]),
    ("austria", &["vienna", "austrian"]),
    ("azerbaijan", &["baku", "azerbaijani"]),
    ("bangladesh", &["dhaka", "bangladeshi"]),
    ("belarus", &["minsk", "belarusian"]),
    ("belgium", &["brussels", "belgian"]),
    ("brazil", &["brasilia", "brazilian"]),
    ("bulgaria", &["sofia", "bulgarian"]),
    ("canada", &["ottawa", "canadian"]),
    ("chile", &["santiago", "chilean"]),
    ("china", &["beijing", "chinese"]),
    ("colombia", &["bogota", "colombian"]),
    ("croatia", &["zagreb", "croatian"]),
    ("cuba", &["havana", "cuban"]),
    ("czech republic", &["prague", "czech"]),
    ("denmark", &["copenhagen", "danish"]),
    ("egypt", &["cairo", "egyptian"]),
    ("estonia", &["tallinn", "estonian"]),
    ("ethiopia", &["addis ababa", "ethiopian"]),
    ("finland", &["helsinki", "finnish"]),
    ("france", &["paris", "elysee", "french"]),
    ("georgia", &["tbilisi", "georgian"]),
    ("germany", &["berlin", "german"]),
    ("greece", &["athens", "greek"]),
    ("hungary", &["budapest", "hungarian"]),
    ("india", &["new delhi", "delhi", "indian"]),
    ("indonesia", &["jakarta", "indonesian"]),
    ("iran", &["tehran", "iranian"]),
    ("iraq", &["baghdad", "iraqi"]),
    ("ireland", &["dublin", "irish"]),
    ("israel", &["jerusalem", "israeli"]),
    ("italy", &["rome", "italian"]),
    ("japan", &["tokyo", "japanese"]),
    ("jordan", &["amman", "jordanian"]),
    ("kazakhstan", &["astana", "kazakh"]),
    ("kenya", &["nairobi", "kenyan"]),
    ("kyrgyzstan", &["bishkek", "kyrgyz"]),
    ("latvia", &["riga", "latvian"]),
    ("lebanon", &["beirut", "lebanese"]),
    ("libya", &["tripoli", "libyan"]),
    ("lithuania", &["vilnius", "lithuanian"]),
    ("mexico", &["mexico city", "mexican"]),
    ("moldova", &["chisinau", "moldovan"]),
    ("morocco", &["rabat", "moroccan"]),
    ("netherlands", &["the hague", "amsterdam", "dutch"]),
    ("new zealand", &["wellington"]),
    ("nigeria", &["abuja", "nigerian"]),
    ("north korea", &["pyongyang", "north korean"]),
    ("norway", &["oslo", "norwegian"]),
    ("pakistan", &["islamabad", "pakistani"]),
    ("philippines", &["manila", "philippine", "filipino"]),
    ("poland", &["warsaw", "polish"]),
    ("portugal", &["lisbon", "portuguese"]),
    ("qatar", &["doha", "qatari"]),
    ("romania", &["bucharest", "romanian"]),
    ("russia", &["moscow", "kremlin", "russian"]),
    ("saudi arabia", &["riyadh", "saudi"]),
    ("serbia", &["belgrade", "serbian"]),
    ("slovakia", &["bratislava", "slovak"]),
    ("south africa", &["pretoria", "south african"]),
    ("south korea", &["seoul", "south korean"]),
    ("spain", &["madrid", "spanish"]),
    ("sudan", &["khartoum", "sudanese"]),
    ("sweden", &["stockholm", "swedish"]),
    ("switzerland", &["bern", "swiss"]),
    ("syria", &["damascus", "syrian"]),
    ("taiwan", &["taipei", "taiwanese"]),
    ("tajikistan", &["dushanbe", "tajik"]),
    ("thailand", &["bangkok", "thai"]),
    ("turkey", &["ankara", "turkish"]),
    ("turkmenistan", &["ashgabat", "turkmen"]),
    ("ukraine", &["kyiv", "kiev", "ukrainian"]),
    (
        "united kingdom",
        &["london", "downing street", "whitehall", "british"],
    ),
    (
        "united states",
        &["washington", "white house", "pentagon", "american"],
    ),
    ("uzbekistan", &["tashkent", "uzbek"]),
    ("venezuela", &["caracas", "venezuelan"]),
    ("vietnam", &["hanoi", "vietnamese"]),
    ("yemen", &["sanaa", "yemeni"]),
];

/// The country `name` (a canonical name: lower case) stands for when it
/// acts, where it is a capital, a seat of government or a people's
/// adjective; `None` for a country's own name and for anything else.
pub fn country_acting_as(name: &str) -> Option<&'static str> {
    // "the Ukrainian government", "the Russian authorities": the adjective
    // names who acts.
    let name = ACTING_BODIES
        .iter()
        .find_map(|body| name.strip_suffix(body))
        .map_or(name, str::trim_end);
    GOVERNMENTS
        .iter()
        .find(|(_, names)| names.contains(&name))
        .map(|(country, _)| *country)
}

/// Words after a people's adjective that make it a government: "the
/// Ukrainian government", "Russian authorities".
const ACTING_BODIES: &[&str] = &[
    " government",
    " authorities",
    " officials",
    " foreign ministry",
    " ministry",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_capital_or_a_people_acts_for_its_country() {
        for (name, country) in [
            ("kyiv", "ukraine"),
            ("kiev", "ukraine"),
            ("ukrainian", "ukraine"),
            ("ukrainian government", "ukraine"),
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
