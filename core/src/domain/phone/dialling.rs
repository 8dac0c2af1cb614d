//! A typed number read as dialled in one country, as libphonenumber's `parse` reads it with that country as the
//! default region: the calling code (after a plus, after the country's international prefix, or the country's
//! own written without a plus), the national prefix dropped, and the number judged against its plan.

use super::PhoneError;
use super::numbering::{Block, LengthFit, Plan};
use super::plan::{BY_CALLING_CODE, CALLING_CODES};
use super::typed::Typed;

/// libphonenumber's longest national number.
const MAX_NATIONAL: usize = 17;
/// libphonenumber's shortest national number.
const MIN_NATIONAL: usize = 2;

/// How the calling code was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Written {
    /// `+996 …`
    Plus,
    /// `00 996 …` from Kyrgyzstan, `810 996 …` from Kazakhstan.
    InternationalPrefix,
    /// The country's own code without a plus: `996 555 …`.
    OwnCode,
    /// No code: a national number (`0555 …`, `8 701 …`, `555 …`).
    National,
}

/// A calling code and the digits after it.
struct Split<'a> {
    code: u16,
    national: &'a str,
    written: Written,
}

/// What `typed` is when dialled in `country` (one of the served plans): the E.164 text of a served mobile
/// number, or why not. `served` are the plans whose numbers the wallet takes.
pub(super) fn read(country: &Plan, typed: &Typed, served: &[&Plan]) -> Result<String, PhoneError> {
    let split = split(country, typed).ok_or(PhoneError::NotANumber)?;
    if split.national.len() < MIN_NATIONAL {
        return Err(PhoneError::NotANumber);
    }
    let Some(plans) = plans_of(split.code) else {
        return another_country(&split);
    };
    // The national prefix is the default country's for a national number, else the code's main plan's.
    let prefixes = if split.written == Written::National { country } else { plans[0] };
    let national = drop_national_prefix(prefixes, split.national);
    if national.len() > MAX_NATIONAL {
        return Err(PhoneError::NotANumber);
    }
    let plan = match plans {
        [only] => *only,
        shared => *shared.iter().find(|plan| plan.owns(national)).ok_or(PhoneError::NotANumber)?,
    };
    let served = served.iter().any(|s| s.region == plan.region);
    match plan.block(national) {
        Some(Block::Mobile) if served => Ok(format!("+{}{national}", plan.calling_code)),
        Some(Block::NotMobile) if served => Err(PhoneError::Landline),
        Some(Block::Mobile | Block::NotMobile) => Err(PhoneError::OtherCountry),
        Some(Block::Spare) | None => Err(PhoneError::NotANumber),
    }
}

/// Another calling code than the plans': that country's number (difference D2 in `phone.rs`), after a plus
/// whatever its length; after an international prefix when at least as long as that country's shortest number
/// (so that «0 0555 …», a national prefix typed twice, stays not a number).
fn another_country(split: &Split) -> Result<String, PhoneError> {
    let shortest = match split.written {
        Written::InternationalPrefix => shortest_national(split.code),
        _ => MIN_NATIONAL,
    };
    if split.national.len() >= shortest { Err(PhoneError::OtherCountry) } else { Err(PhoneError::NotANumber) }
}

/// libphonenumber's `_maybe_extract_country_code`, with its second try without the plus when no known code
/// follows it. None where libphonenumber's parse fails.
fn split<'a>(country: &Plan, typed: &'a Typed) -> Option<Split<'a>> {
    let digits = typed.digits.as_str();
    if typed.plus {
        if let Some((code, national)) = calling_code(digits) {
            return Some(Split { code, national, written: Written::Plus });
        }
        return split_without_plus(country, digits).ok().flatten();
    }
    match split_without_plus(country, digits) {
        Ok(Some(split)) => Some(split),
        Ok(None) => Some(Split { code: country.calling_code, national: digits, written: Written::National }),
        Err(()) => None,
    }
}

/// Ok(None): no calling code, a national number. Err: an international prefix not followed by a known code.
fn split_without_plus<'a>(country: &Plan, digits: &'a str) -> Result<Option<Split<'a>>, ()> {
    if let Some(after) = digits.strip_prefix(country.international_prefix)
        && !after.starts_with('0')
    {
        if after.len() <= MIN_NATIONAL {
            return Err(());
        }
        let (code, national) = calling_code(after).ok_or(())?;
        return Ok(Some(Split { code, national, written: Written::InternationalPrefix }));
    }
    // The country's own code without a plus, when the rest reads better as its number than the whole does.
    if let Some(after) = digits.strip_prefix(country.calling_code.to_string().as_str()) {
        let national = strip_national_prefix(country, after);
        if (!country.fits(digits) && country.fits(national)) || country.length_fit(digits) == LengthFit::TooLong {
            return Ok(Some(Split { code: country.calling_code, national, written: Written::OwnCode }));
        }
    }
    Ok(None)
}

/// The first one to three digits that are a calling code, and the rest.
fn calling_code(digits: &str) -> Option<(u16, &str)> {
    if digits.starts_with('0') {
        return None;
    }
    (1..=3.min(digits.len())).find_map(|length| {
        let code: u16 = digits[..length].parse().ok()?;
        CALLING_CODES.binary_search_by_key(&code, |&(c, _)| c).ok().map(|_| (code, &digits[length..]))
    })
}

fn shortest_national(code: u16) -> usize {
    CALLING_CODES.binary_search_by_key(&code, |&(c, _)| c).map_or(MIN_NATIONAL, |at| usize::from(CALLING_CODES[at].1))
}

fn plans_of(code: u16) -> Option<&'static [&'static Plan]> {
    BY_CALLING_CODE.iter().find(|&&(c, _)| c == code).map(|&(_, plans)| plans)
}

/// libphonenumber's `_maybe_strip_national_prefix_carrier_code`: the national prefix goes unless the number
/// fitted the plan with it and does not without it.
fn strip_national_prefix<'a>(plan: &Plan, national: &'a str) -> &'a str {
    match national.strip_prefix(char::from(plan.national_prefix)) {
        Some(rest) if !plan.fits(national) || plan.fits(rest) => rest,
        _ => national,
    }
}

/// And in `parse`: only when what is left has a length the plan's numbers can have.
fn drop_national_prefix<'a>(plan: &Plan, national: &'a str) -> &'a str {
    let rest = strip_national_prefix(plan, national);
    match plan.length_fit(rest) {
        LengthFit::TooShort | LengthFit::LocalOnly | LengthFit::Invalid => national,
        LengthFit::Possible | LengthFit::TooLong => rest,
    }
}

#[cfg(test)]
mod tests {
    use super::super::plan::{KG, KZ};
    use super::*;

    fn dialled(country: &Plan, text: &str) -> Result<String, PhoneError> {
        read(country, &Typed::read(text).expect("readable"), &[&KG, &KZ])
    }

    #[test]
    fn reads_a_plus_the_international_prefix_and_the_own_code() {
        for text in ["+996555123456", "00996555123456", "996555123456", "0555123456", "555123456"] {
            assert_eq!(dialled(&KG, text), Ok("+996555123456".into()), "{text}");
        }
        for text in ["+77011234567", "81077011234567", "77011234567", "87011234567"] {
            assert_eq!(dialled(&KZ, text), Ok("+77011234567".into()), "{text}");
        }
        assert_eq!(dialled(&KG, "007 701 123 45 67"), Ok("+77011234567".into()), "Kazakhstan from Kyrgyzstan");
        assert_eq!(dialled(&KZ, "810 996 555 123 456"), Ok("+996555123456".into()), "and back");
    }

    #[test]
    fn tells_plus_seven_apart_by_first_digit() {
        assert_eq!(dialled(&KZ, "8 495 123 45 67"), Err(PhoneError::OtherCountry), "Moscow, valid in Russia");
        assert_eq!(dialled(&KZ, "+7 499 12"), Err(PhoneError::NotANumber), "too short for Russia");
        assert_eq!(dialled(&KZ, "+7 601 123 45 67"), Err(PhoneError::NotANumber), "nobody's under +7");
        assert_eq!(dialled(&KZ, "+7 717 212 34 56"), Err(PhoneError::Landline), "Astana");
    }

    #[test]
    fn another_calling_code_is_another_country() {
        assert_eq!(dialled(&KG, "+49 151 2345"), Err(PhoneError::OtherCountry));
        assert_eq!(dialled(&KG, "+49 1"), Err(PhoneError::NotANumber), "one digit after the code");
        assert_eq!(dialled(&KG, "0049 1512 345"), Err(PhoneError::OtherCountry));
        assert_eq!(dialled(&KG, "0 0555 123 456"), Err(PhoneError::NotANumber), "shorter than Brazil's numbers");
        assert_eq!(dialled(&KG, "+00996555123456"), Ok("+996555123456".into()), "a plus before 00 is tried without");
    }
}
