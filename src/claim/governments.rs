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

#[cfg(test)]
mod tests {
    use super::*;

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
