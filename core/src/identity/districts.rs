//! The picker of «Район*» on «Адрес и работа» (seed 000 step 18): the administrative division of the Kyrgyz
//! Republic as it stands since the 2022 reform of local government (the 40 districts were kept).
//!
//! - The two cities of republican significance: Bishkek (with its four city districts) and Osh.
//! - The seven regions (области) with their 40 districts (районы), and the cities of regional significance, which
//!   sit outside any district (a person living in Karakol picks «город Каракол», not «Ак-Суйский район»).
//!
//! Ids are stable ASCII (`region.place`): they go on the wire to the bank and into the wizard's draft, so an id is
//! never reused or renamed; a renamed place keeps its id and gets new names.

use crate::domain::Language;

/// A place's name in the wallet's languages. Kazakh shows the Russian name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Names {
    pub ru: &'static str,
    pub ky: &'static str,
    pub en: &'static str,
}

impl Names {
    pub fn get(&self, language: Language) -> &'static str {
        match language {
            Language::Ky => self.ky,
            Language::Ru | Language::Kk => self.ru,
            Language::En => self.en,
        }
    }

    fn all(&self) -> [&'static str; 3] {
        [self.ru, self.ky, self.en]
    }
}

/// What kind of top-level unit a region is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RegionKind {
    /// Bishkek and Osh: cities of republican significance, outside any region.
    City,
    /// One of the seven regions (области).
    Region,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    pub id: &'static str,
    pub kind: RegionKind,
    pub names: Names,
}

/// What a pickable place is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DistrictKind {
    /// A district (район) of a region.
    District,
    /// A district of a city (Bishkek's four).
    CityDistrict,
    /// A city that has no districts of its own: Osh, and the cities of regional significance.
    City,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct District {
    /// Stable ASCII id, `region.place` (e.g. `chui.alamudun`, `bishkek.leninsky`, `issyk_kul.karakol_city`).
    pub id: &'static str,
    /// The id of its [`Region`].
    pub region: &'static str,
    pub kind: DistrictKind,
    pub names: Names,
}

const fn names(ru: &'static str, ky: &'static str, en: &'static str) -> Names {
    Names { ru, ky, en }
}

const fn region(id: &'static str, kind: RegionKind, names: Names) -> Region {
    Region { id, kind, names }
}

const fn place(id: &'static str, region: &'static str, kind: DistrictKind, names: Names) -> District {
    District { id, region, kind, names }
}

use DistrictKind::{City, CityDistrict, District as Rayon};

/// Bishkek, Osh, then the seven regions in alphabetical order of their Russian names (as official lists give them).
pub const REGIONS: &[Region] = &[
    region("bishkek", RegionKind::City, names("город Бишкек", "Бишкек шаары", "Bishkek City")),
    region("osh_city", RegionKind::City, names("город Ош", "Ош шаары", "Osh City")),
    region("batken", RegionKind::Region, names("Баткенская область", "Баткен облусу", "Batken Region")),
    region(
        "jalal_abad",
        RegionKind::Region,
        names("Джалал-Абадская область", "Жалал-Абад облусу", "Jalal-Abad Region"),
    ),
    region("issyk_kul", RegionKind::Region, names("Иссык-Кульская область", "Ысык-Көл облусу", "Issyk-Kul Region")),
    region("naryn", RegionKind::Region, names("Нарынская область", "Нарын облусу", "Naryn Region")),
    region("osh", RegionKind::Region, names("Ошская область", "Ош облусу", "Osh Region")),
    region("talas", RegionKind::Region, names("Таласская область", "Талас облусу", "Talas Region")),
    region("chui", RegionKind::Region, names("Чуйская область", "Чүй облусу", "Chui Region")),
];

/// Every pickable place, grouped by region in the order of [`REGIONS`]; within a region its districts, then its
/// cities of regional significance.
pub const DISTRICTS: &[District] = &[
    // Bishkek
    place("bishkek.leninsky", "bishkek", CityDistrict, names("Ленинский район", "Ленин району", "Leninsky District")),
    place(
        "bishkek.oktyabrsky",
        "bishkek",
        CityDistrict,
        names("Октябрьский район", "Октябрь району", "Oktyabrsky District"),
    ),
    place(
        "bishkek.pervomaisky",
        "bishkek",
        CityDistrict,
        names("Первомайский район", "Биринчи май району", "Pervomaysky District"),
    ),
    place(
        "bishkek.sverdlovsky",
        "bishkek",
        CityDistrict,
        names("Свердловский район", "Свердлов району", "Sverdlovsky District"),
    ),
    // Osh (city)
    place("osh_city.osh", "osh_city", City, names("город Ош", "Ош шаары", "Osh City")),
    // Batken Region
    place("batken.batken", "batken", Rayon, names("Баткенский район", "Баткен району", "Batken District")),
    place("batken.kadamjai", "batken", Rayon, names("Кадамжайский район", "Кадамжай району", "Kadamjay District")),
    place("batken.leilek", "batken", Rayon, names("Лейлекский район", "Лейлек району", "Leylek District")),
    place("batken.batken_city", "batken", City, names("город Баткен", "Баткен шаары", "Batken City")),
    place("batken.kyzyl_kiya_city", "batken", City, names("город Кызыл-Кия", "Кызыл-Кыя шаары", "Kyzyl-Kiya City")),
    place("batken.sulukta_city", "batken", City, names("город Сулюкта", "Сүлүктү шаары", "Sulukta City")),
    // Jalal-Abad Region
    place("jalal_abad.aksy", "jalal_abad", Rayon, names("Аксыйский район", "Аксы району", "Aksy District")),
    place(
        "jalal_abad.ala_buka",
        "jalal_abad",
        Rayon,
        names("Ала-Букинский район", "Ала-Бука району", "Ala-Buka District"),
    ),
    place(
        "jalal_abad.bazar_korgon",
        "jalal_abad",
        Rayon,
        names("Базар-Коргонский район", "Базар-Коргон району", "Bazar-Korgon District"),
    ),
    place("jalal_abad.nooken", "jalal_abad", Rayon, names("Ноокенский район", "Ноокен району", "Nooken District")),
    place("jalal_abad.suzak", "jalal_abad", Rayon, names("Сузакский район", "Сузак району", "Suzak District")),
    place(
        "jalal_abad.toguz_toro",
        "jalal_abad",
        Rayon,
        names("Тогуз-Тороуский район", "Тогуз-Торо району", "Toguz-Toro District"),
    ),
    place(
        "jalal_abad.toktogul",
        "jalal_abad",
        Rayon,
        names("Токтогульский район", "Токтогул району", "Toktogul District"),
    ),
    place("jalal_abad.chatkal", "jalal_abad", Rayon, names("Чаткальский район", "Чаткал району", "Chatkal District")),
    place(
        "jalal_abad.jalal_abad_city",
        "jalal_abad",
        City,
        names("город Джалал-Абад", "Жалал-Абад шаары", "Jalal-Abad City"),
    ),
    place("jalal_abad.kara_kul_city", "jalal_abad", City, names("город Кара-Куль", "Кара-Көл шаары", "Kara-Kul City")),
    place(
        "jalal_abad.mailuu_suu_city",
        "jalal_abad",
        City,
        names("город Майлуу-Суу", "Майлуу-Суу шаары", "Mailuu-Suu City"),
    ),
    place(
        "jalal_abad.tash_kumyr_city",
        "jalal_abad",
        City,
        names("город Таш-Кумыр", "Таш-Көмүр шаары", "Tash-Kumyr City"),
    ),
    // Issyk-Kul Region
    place("issyk_kul.ak_suu", "issyk_kul", Rayon, names("Ак-Суйский район", "Ак-Суу району", "Ak-Suu District")),
    place(
        "issyk_kul.jeti_oguz",
        "issyk_kul",
        Rayon,
        names("Джети-Огузский район", "Жети-Өгүз району", "Jeti-Oguz District"),
    ),
    place(
        "issyk_kul.issyk_kul",
        "issyk_kul",
        Rayon,
        names("Иссык-Кульский район", "Ысык-Көл району", "Issyk-Kul District"),
    ),
    place("issyk_kul.ton", "issyk_kul", Rayon, names("Тонский район", "Тоң району", "Ton District")),
    place("issyk_kul.tup", "issyk_kul", Rayon, names("Тюпский район", "Түп району", "Tup District")),
    place("issyk_kul.karakol_city", "issyk_kul", City, names("город Каракол", "Каракол шаары", "Karakol City")),
    place("issyk_kul.balykchy_city", "issyk_kul", City, names("город Балыкчы", "Балыкчы шаары", "Balykchy City")),
    // Naryn Region
    place("naryn.ak_talaa", "naryn", Rayon, names("Ак-Талинский район", "Ак-Талаа району", "Ak-Talaa District")),
    place("naryn.at_bashy", "naryn", Rayon, names("Ат-Башинский район", "Ат-Башы району", "At-Bashy District")),
    place("naryn.jumgal", "naryn", Rayon, names("Джумгальский район", "Жумгал району", "Jumgal District")),
    place("naryn.kochkor", "naryn", Rayon, names("Кочкорский район", "Кочкор району", "Kochkor District")),
    place("naryn.naryn", "naryn", Rayon, names("Нарынский район", "Нарын району", "Naryn District")),
    place("naryn.naryn_city", "naryn", City, names("город Нарын", "Нарын шаары", "Naryn City")),
    // Osh Region
    place("osh.alai", "osh", Rayon, names("Алайский район", "Алай району", "Alay District")),
    place("osh.aravan", "osh", Rayon, names("Араванский район", "Араван району", "Aravan District")),
    place("osh.kara_kulja", "osh", Rayon, names("Кара-Кулджинский район", "Кара-Кулжа району", "Kara-Kulja District")),
    place("osh.kara_suu", "osh", Rayon, names("Кара-Суйский район", "Кара-Суу району", "Kara-Suu District")),
    place("osh.nookat", "osh", Rayon, names("Ноокатский район", "Ноокат району", "Nookat District")),
    place("osh.uzgen", "osh", Rayon, names("Узгенский район", "Өзгөн району", "Uzgen District")),
    place("osh.chon_alai", "osh", Rayon, names("Чон-Алайский район", "Чоң-Алай району", "Chong-Alay District")),
    // Talas Region
    place("talas.bakai_ata", "talas", Rayon, names("Бакай-Атинский район", "Бакай-Ата району", "Bakai-Ata District")),
    place(
        "talas.kara_buura",
        "talas",
        Rayon,
        names("Кара-Бууринский район", "Кара-Буура району", "Kara-Buura District"),
    ),
    place("talas.manas", "talas", Rayon, names("Манасский район", "Манас району", "Manas District")),
    place("talas.talas", "talas", Rayon, names("Таласский район", "Талас району", "Talas District")),
    place("talas.talas_city", "talas", City, names("город Талас", "Талас шаары", "Talas City")),
    // Chui Region
    place("chui.alamudun", "chui", Rayon, names("Аламудунский район", "Аламүдүн району", "Alamudun District")),
    place("chui.jaiyl", "chui", Rayon, names("Жайылский район", "Жайыл району", "Jaiyl District")),
    place("chui.kemin", "chui", Rayon, names("Кеминский район", "Кемин району", "Kemin District")),
    place("chui.moskva", "chui", Rayon, names("Московский район", "Москва району", "Moskva District")),
    place("chui.panfilov", "chui", Rayon, names("Панфиловский район", "Панфилов району", "Panfilov District")),
    place("chui.sokuluk", "chui", Rayon, names("Сокулукский район", "Сокулук району", "Sokuluk District")),
    place("chui.chui", "chui", Rayon, names("Чуйский район", "Чүй району", "Chui District")),
    place("chui.ysyk_ata", "chui", Rayon, names("Ысык-Атинский район", "Ысык-Ата району", "Ysyk-Ata District")),
    place("chui.tokmok_city", "chui", City, names("город Токмок", "Токмок шаары", "Tokmok City")),
];

/// The region with this id.
pub fn region_by_id(id: &str) -> Option<&'static Region> {
    REGIONS.iter().find(|r| r.id == id)
}

/// The place with this id (exactly as [`District::id`]).
pub fn district(id: &str) -> Option<&'static District> {
    DISTRICTS.iter().find(|d| d.id == id)
}

/// The places of a region, in picker order. Nothing for an unknown region.
pub fn districts_of(region_id: &str) -> impl Iterator<Item = &'static District> {
    let region_id = region_id.to_owned();
    DISTRICTS.iter().filter(move |d| d.region == region_id)
}

/// The places whose name in any of the three languages contains `query`, ignoring case, hyphens and the
/// difference between Kyrgyz ң ө ү and н о у (so «аламудун», «Аламүдүн» and «alamudun» all find Alamudun).
/// Places whose name in `language` starts with the query (or has a word that does) come first; otherwise the
/// picker's order is kept. An empty query lists everything.
pub fn search(query: &str, language: Language) -> Vec<&'static District> {
    // A query longer than any name cannot match; do not fold megabytes of input.
    if query.chars().count() > 64 {
        return Vec::new();
    }
    let query = fold(query);
    let query = query.trim();
    let mut ranked: Vec<(u8, &'static District)> = DISTRICTS
        .iter()
        .filter_map(|d| {
            let own = fold(d.names.get(language));
            if starts_a_word(&own, query) {
                return Some((0, d));
            }
            let all = d.names.all().map(fold);
            if all.iter().any(|name| starts_a_word(name, query)) {
                Some((1, d))
            } else if all.iter().any(|name| name.contains(query)) {
                Some((2, d))
            } else {
                None
            }
        })
        .collect();
    ranked.sort_by_key(|(rank, _)| *rank);
    ranked.into_iter().map(|(_, d)| d).collect()
}

/// Lower case, Kyrgyz and Kazakh letters onto their Russian neighbours, ё onto е, hyphens and spaces onto one space,
/// doubled letters onto one.
fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'ң' => 'н',
            'ө' => 'о',
            'ү' | 'ұ' => 'у',
            'ё' => 'е',
            'ә' => 'а',
            'ғ' => 'г',
            'қ' => 'к',
            'һ' => 'х',
            'і' => 'и',
            'ü' => 'u',
            'ö' => 'o',
            '-' | '‐' | '–' | '—' => ' ',
            other => other,
        };
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        } else if !space && out.ends_with(c) {
            // Doubled letters are spelt both ways (Иссык / Ысык, Буура / Бура): one is enough to find either.
            continue;
        }
        space = false;
        out.push(c);
    }
    out
}

fn starts_a_word(name: &str, query: &str) -> bool {
    name.starts_with(query) || name.match_indices(query).any(|(at, _)| name[..at].ends_with(' '))
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn forty_districts_in_seven_regions_and_the_cities() {
        let regions: Vec<_> = REGIONS.iter().filter(|r| r.kind == RegionKind::Region).collect();
        assert_eq!(regions.len(), 7);
        assert_eq!(REGIONS.iter().filter(|r| r.kind == RegionKind::City).count(), 2);
        let rayons: Vec<_> = DISTRICTS.iter().filter(|d| d.kind == DistrictKind::District).collect();
        assert_eq!(rayons.len(), 40);
        let per_region: Vec<(&str, usize)> =
            regions.iter().map(|r| (r.id, districts_of(r.id).filter(|d| d.kind == Rayon).count())).collect();
        assert_eq!(
            per_region,
            [("batken", 3), ("jalal_abad", 8), ("issyk_kul", 5), ("naryn", 5), ("osh", 7), ("talas", 4), ("chui", 8)]
        );
        // Every district of a region lies in a region, not in a city of republican significance.
        for d in &rayons {
            assert_eq!(region_by_id(d.region).map(|r| r.kind), Some(RegionKind::Region), "{}", d.id);
        }
        assert_eq!(districts_of("bishkek").filter(|d| d.kind == CityDistrict).count(), 4);
        assert_eq!(districts_of("osh_city").map(|d| d.id).collect::<Vec<_>>(), ["osh_city.osh"]);
        let cities: Vec<&str> = DISTRICTS.iter().filter(|d| d.kind == City).map(|d| d.names.ru).collect();
        for city in [
            "город Ош",
            "город Баткен",
            "город Кызыл-Кия",
            "город Сулюкта",
            "город Джалал-Абад",
            "город Кара-Куль",
            "город Майлуу-Суу",
            "город Таш-Кумыр",
            "город Каракол",
            "город Балыкчы",
            "город Нарын",
            "город Талас",
            "город Токмок",
        ] {
            assert!(cities.contains(&city), "{city}");
        }
        assert_eq!(cities.len(), 13);
    }

    #[test]
    fn the_osh_and_chui_districts_are_the_current_ones() {
        let ru =
            |region: &str| districts_of(region).filter(|d| d.kind == Rayon).map(|d| d.names.ru).collect::<Vec<_>>();
        assert_eq!(
            ru("osh"),
            [
                "Алайский район",
                "Араванский район",
                "Кара-Кулджинский район",
                "Кара-Суйский район",
                "Ноокатский район",
                "Узгенский район",
                "Чон-Алайский район"
            ]
        );
        assert_eq!(
            ru("chui"),
            [
                "Аламудунский район",
                "Жайылский район",
                "Кеминский район",
                "Московский район",
                "Панфиловский район",
                "Сокулукский район",
                "Чуйский район",
                "Ысык-Атинский район"
            ]
        );
    }

    #[test]
    fn ids_are_unique_and_stable_looking() {
        let mut seen = HashSet::new();
        for r in REGIONS {
            assert!(seen.insert(r.id), "duplicate {}", r.id);
            assert!(r.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'), "{}", r.id);
        }
        let mut seen = HashSet::new();
        for d in DISTRICTS {
            assert!(seen.insert(d.id), "duplicate {}", d.id);
            assert!(d.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'_' || b == b'.'), "{}", d.id);
            let (prefix, rest) = d.id.split_once('.').unwrap_or(("", ""));
            assert_eq!(prefix, d.region, "{}", d.id);
            assert!(!rest.is_empty() && !rest.contains('.'), "{}", d.id);
            assert!(region_by_id(d.region).is_some(), "{} has no region", d.id);
            assert_eq!(district(d.id), Some(d));
        }
        assert_eq!(district("chui.alamudun").map(|d| d.names.ky), Some("Аламүдүн району"));
        assert_eq!(district("bishkek.leninsky").map(|d| d.region), Some("bishkek"));
        assert_eq!(district("CHUI.ALAMUDUN"), None);
        assert_eq!(district(""), None);
        assert_eq!(districts_of("nowhere").count(), 0);
        // Every region has something to pick.
        for r in REGIONS {
            assert!(districts_of(r.id).count() > 0, "{}", r.id);
        }
    }

    #[test]
    fn every_name_is_there_in_every_language() {
        let all_names = REGIONS.iter().map(|r| r.names).chain(DISTRICTS.iter().map(|d| d.names));
        for n in all_names {
            for language in Language::ALL {
                let name = n.get(language);
                assert!(!name.trim().is_empty(), "{n:?} {language:?}");
                assert_eq!(name, name.trim());
            }
            assert_eq!(n.get(Language::Kk), n.ru);
            assert!(n.en.is_ascii(), "{}", n.en);
            assert!(!n.ru.is_ascii() && !n.ky.is_ascii());
            // Kyrgyz names do not use Russian-only letters.
            assert!(!n.ky.contains(['щ', 'ъ', 'ь', 'э', 'ю']) || n.ky.contains("Октябрь"), "{}", n.ky);
        }
        assert_eq!(district("chui.chui").map(|d| d.names.get(Language::Ky)), Some("Чүй району"));
        assert_eq!(region_by_id("bishkek").map(|r| r.names.get(Language::Ky)), Some("Бишкек шаары"));
        assert_eq!(region_by_id("chui").map(|r| r.names.get(Language::Ky)), Some("Чүй облусу"));
    }

    #[test]
    fn search_finds_in_any_language() {
        for (query, language) in [
            ("аламудун", Language::Ru),
            ("Alamudun", Language::En),
            ("Аламүдүн", Language::Ky),
            ("АЛАМУДУН", Language::Kk),
            ("  alamudun ", Language::Ky),
        ] {
            let found: Vec<&str> = search(query, language).iter().map(|d| d.id).collect();
            assert_eq!(found, ["chui.alamudun"], "{query}");
        }
        let ids = |q: &str, l| search(q, l).iter().map(|d| d.id).collect::<Vec<_>>();
        assert_eq!(ids("кара суу", Language::Ru), ["osh.kara_suu"]);
        assert_eq!(ids("Өзгөн", Language::Ky), ["osh.uzgen"]);
        assert_eq!(ids("Ысык-Ата", Language::Ky), ["chui.ysyk_ata"]);
        assert_eq!(ids("Ыссык-Атинский", Language::Ru), ["chui.ysyk_ata"]);
        assert_eq!(ids("кара бура", Language::Ru), ["talas.kara_buura"]);
        assert_eq!(ids("майлуу", Language::Ru), ["jalal_abad.mailuu_suu_city"]);
        assert_eq!(ids("Chong-Alay", Language::En), ["osh.chon_alai"]);
        // «Нарын» in Russian: the town and the district both; nothing else.
        let naryn = ids("нарын", Language::Ru);
        assert_eq!(naryn.len(), 2);
        // Ranking: a name that starts with the query, in the user's language, first.
        assert_eq!(ids("ош", Language::Ru).first(), Some(&"osh_city.osh"));
        assert_eq!(search("", Language::Ru).len(), DISTRICTS.len());
        assert!(search("xyzzy", Language::En).is_empty());
        assert!(search(&"а".repeat(10_000), Language::Ru).is_empty());
        for garbage in ["\u{0}", "🇰🇬", "\u{202e}", "ß", "İ", "-", "  "] {
            let _ = search(garbage, Language::Ky);
        }
    }
}
