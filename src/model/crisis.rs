//! The crisis lines shown on the safety page and at the safety gate, by the system's region,
//! in the language in use, until the person saves their own (an edited list is never replaced).
//!
//! Every number here was checked against a published source, named beside it. A region with no
//! list of its own gets the European emergency number and a prompt to add a local line.

use super::{CrisisContact, Library, Settings, Timestamp, default_crisis_contacts};

/// A line of the built-in lists: its message ids (name, how to reach it).
struct Line {
    name: &'static str,
    how: &'static str,
}

/// United States.
const US: [Line; 2] = [
    // 988 Suicide & Crisis Lifeline: call or text 988, 24/7, since 16 July 2022.
    // Source: https://988lifeline.org (FCC designation; SAMHSA, https://www.samhsa.gov/find-help/988).
    Line { name: "crisis-us-988-name", how: "crisis-us-988-how" },
    // Crisis Text Line: text HOME to 741741, anywhere in the US, 24/7.
    // Source: https://www.crisistextline.org ("Text HOME to 741741").
    Line { name: "crisis-us-text-name", how: "crisis-us-text-how" },
];

/// Italy.
const IT: [Line; 2] = [
    // 112, the single European emergency number (NUE 112), free from landlines and mobiles, even
    // without a SIM or credit. Source: Ministero della Salute,
    // https://www.salute.gov.it/portale/temi/p2_6.jsp?id=4623 ; Parlamento europeo,
    // https://www.europarl.europa.eu/italy/it/succede-al-pe/112-il-numero-unico-europeo-per-le-emergenze
    Line { name: "crisis-it-112-name", how: "crisis-it-112-how" },
    // Telefono Amico Italia, listening line 02 2327 2327 (replaced 199 284 284 in March 2020),
    // every day; volunteers answer from 9:00 to 24:00 (SIR, 10 December 2025,
    // https://www.agensir.it/quotidiano/2025/12/10/solidarieta-telefono-amico-italia-con-lingresso-di-torino-e-reggio-calabria-i-centri-locali-passano-da-20-a-22 ;
    // the number: Corriere della Sera/ViviMilano, March 2020, and https://www.telefonoamico.it).
    // Its WhatsApp line is not listed: the published numbers disagree (345 036 1628 in 2018-2020
    // articles), so the entry points to the website for chat instead.
    Line { name: "crisis-it-amico-name", how: "crisis-it-amico-how" },
];

/// Elsewhere: the single European emergency number, valid across the EU.
const ELSEWHERE: [Line; 1] = [
    // Source: European Parliament, as above (directive 91/396/EEC; free from any phone in the EU).
    Line { name: "crisis-eu-112-name", how: "crisis-eu-112-how" },
];

fn lines(region: Option<&str>) -> &'static [Line] {
    match region {
        // No region but Italian in use (`LANG=it`): most likely Italy.
        None if crate::i18n::language().tag() == "it" => &IT,
        // No region (a "C" locale): the protocol's US defaults, as before regions were read.
        None | Some("US") => &US,
        Some("IT" | "SM" | "VA") => &IT,
        Some(_) => &ELSEWHERE,
    }
}

/// The built-in lines for `region` (`"IT"`, upper case), in the language in use.
#[must_use]
pub fn lines_for(region: Option<&str>) -> Vec<CrisisContact> {
    lines(region).iter().map(|l| CrisisContact { name: crate::i18n::tr(l.name), how: crate::i18n::tr(l.how) }).collect()
}

/// Whether the built-in list for `region` has no local crisis line, only the emergency number,
/// so the safety page asks the person to add one.
#[must_use]
pub fn needs_local_line(region: Option<&str>) -> bool {
    std::ptr::eq(lines(region), ELSEWHERE.as_slice())
}

/// Whether `settings` still hold the list every library started with, never edited.
#[must_use]
pub fn never_edited(settings: &Settings) -> bool {
    settings.changed.crisis_contacts == Timestamp::EPOCH && settings.crisis_contacts == default_crisis_contacts()
}

/// The lines to show: the person's own once they saved any (never replaced), otherwise the
/// built-in ones for `region` in the language in use. Never empty.
#[must_use]
pub fn shown(library: Option<&Library>, region: Option<&str>) -> Vec<CrisisContact> {
    match library.map(|l| &l.settings) {
        Some(settings) if !never_edited(settings) && !settings.crisis_contacts.is_empty() => {
            settings.crisis_contacts.clone()
        }
        _ => lines_for(region),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, tr_in};

    #[test]
    fn each_region_gets_its_lines() {
        let how = |region| lines_for(region).into_iter().map(|c| c.how).collect::<Vec<_>>().join(" | ");
        assert!(how(Some("US")).contains("988") && how(Some("US")).contains("741741"));
        assert!(how(None).contains("988"), "no region: the US defaults");
        let italy = how(Some("IT"));
        assert!(italy.contains("112") && italy.contains("02 2327 2327"), "{italy}");
        assert!(how(Some("DE")).contains("112"));
        assert!(!how(Some("DE")).contains("988"));
        assert!(needs_local_line(Some("FR")));
        assert!(!needs_local_line(Some("IT")) && !needs_local_line(Some("US")) && !needs_local_line(None));
    }

    #[test]
    fn the_lines_read_in_italian_with_the_same_numbers() {
        let it = Lang::from_tag("it").expect("Italian");
        for line in US.iter().chain(&IT).chain(&ELSEWHERE) {
            // The numbers: runs of digits and spaces with three digits or more (not "9:00").
            let digits = |s: String| {
                s.split(|c: char| !c.is_ascii_digit() && c != ' ')
                    .map(|run| run.chars().filter(char::is_ascii_digit).collect::<String>())
                    .filter(|run| run.len() >= 3)
                    .collect::<Vec<_>>()
            };
            assert_eq!(
                digits(tr_in(it, line.how, &[])),
                digits(tr_in(Lang::english(), line.how, &[])),
                "{} has the same numbers in both languages",
                line.how
            );
        }
        assert!(tr_in(it, "crisis-it-amico-how", &[]).contains("dalle 9 alle 24"));
    }

    #[test]
    fn the_persons_own_list_is_never_replaced() {
        let mut library = Library::default();
        assert!(never_edited(&library.settings));
        assert!(shown(Some(&library), Some("IT")).iter().any(|c| c.how.contains("2327")));
        // Saved by the person: kept whatever the region, even the old defaults saved on purpose.
        library.settings.changed.crisis_contacts = Timestamp::from_unix_secs(10);
        assert_eq!(shown(Some(&library), Some("IT")), default_crisis_contacts());
        library.settings.crisis_contacts = vec![CrisisContact { name: "Mine".into(), how: "Call 123".into() }];
        assert_eq!(shown(Some(&library), Some("IT"))[0].name, "Mine");
        // A list edited in a file from before edits were dated is kept too.
        library.settings.changed.crisis_contacts = Timestamp::EPOCH;
        assert_eq!(shown(Some(&library), Some("US"))[0].name, "Mine");
        // Never empty.
        library.settings.crisis_contacts.clear();
        assert!(!shown(Some(&library), None).is_empty());
    }
}
