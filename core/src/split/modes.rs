//! Splitting a bill's total between people: equally, by shares, by percentages, or by exact amounts, with an
//! optional tip.

use super::allocate::{Rounding, allocate};
use super::error::{ListKind, SplitError};
use super::input::Percent;
use super::people;
use super::tip::{Tip, tip_minor};
use crate::domain::{Currency, Money};

/// How the bill is shared.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Mode {
    /// Everyone pays the same, to the tyiyn; the leftover tyiyns go to the first listed.
    Equal,
    /// In proportion to whole-number shares, one per person (`2,1,1`: the first pays half). A share may be 0 (a
    /// guest who pays nothing) but not all of them. Fractions are written as whole shares: 1.5 : 1 is `3,2`.
    Shares(Vec<u32>),
    /// Percentages, one per person, from 0 to 100 with at most 2 decimals, summing to exactly 100.
    Percent(Vec<Percent>),
    /// Exact amounts, one per person, 0 or more, summing to exactly the bill's total (before the tip).
    Exact(Vec<Money>),
}

/// One person's part of a split bill.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Share {
    /// As given, trimmed.
    pub name: String,
    /// What they pay, tip included.
    pub amount: Money,
    /// The same in minor units (tyiyn).
    pub amount_minor: i64,
    /// Whether they pay one tyiyn more than their exact part rounded down ([`Rounding::extra_tyiyn`]).
    pub extra_tyiyn: bool,
    /// Why: the largest-remainder rule's verdict on the last rounding (for items: the tip's; the items' own roundings
    /// are in [`super::ItemsSplit::items`]).
    pub rounding: Rounding,
}

/// A split bill: the shares, in the order the people were given, sum to `total` exactly.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Split {
    pub currency: Currency,
    /// The bill before the tip.
    pub subtotal: Money,
    /// The tip (0 without one).
    pub tip: Money,
    /// `subtotal + tip`: what the shares sum to.
    pub total: Money,
    pub shares: Vec<Share>,
}

/// Splits a bill of `total` (before the tip, more than 0) between `people` (named, each once) by `mode`, with an
/// optional `tip` added first.
///
/// Every amount is a whole number of tyiyn, split by the largest-remainder rule ([`super::allocate()`]): the shares
/// sum to the total with the tip exactly, none is negative, each is within one tyiyn of its exact value, an equal
/// split differs by at most one tyiyn, and equal remainders give the extra tyiyn to the first listed. More people
/// than tyiyns is allowed: some then pay 0.
///
/// The tip is shared in the same proportions as the bill:
/// - equally, by shares, by percentages: the total with the tip is split by those weights in one step, so each share
///   of it is within one tyiyn of exact (splitting the bill and the tip apart could put two tyiyns between people);
/// - by exact amounts: everyone pays their amount exactly, plus the tip split in proportion to those amounts (someone
///   whose amount is 0 pays no tip).
pub fn split(total: Money, people: &[String], mode: &Mode, tip: Option<&Tip>) -> Result<Split, SplitError> {
    let names = people::check(people)?;
    let currency = total.currency();
    let subtotal = positive_total(total)?;
    let weights = weights(mode, subtotal, currency, names.len())?;
    let tip = tip_minor(tip, subtotal, currency)?;
    let grand = subtotal.checked_add(tip).ok_or(SplitError::TooLarge)?;
    let parts = allocate(grand, &weights).ok_or(SplitError::TooLarge)?;
    Ok(Split {
        currency,
        subtotal: Money::from_minor(subtotal, currency),
        tip: Money::from_minor(tip, currency),
        total: Money::from_minor(grand, currency),
        shares: names
            .into_iter()
            .zip(parts)
            .map(|(name, part)| share(name, part.minor, part.rounding, currency))
            .collect(),
    })
}

pub(crate) fn share(name: String, minor: i64, rounding: Rounding, currency: Currency) -> Share {
    Share {
        name,
        amount: Money::from_minor(minor, currency),
        amount_minor: minor,
        extra_tyiyn: rounding.extra_tyiyn(),
        rounding,
    }
}

/// The bill's total in minor units, refused when it is 0 or less.
pub(crate) fn positive_total(total: Money) -> Result<i64, SplitError> {
    let minor = total.to_minor().ok_or(SplitError::TooLarge)?;
    if minor <= 0 {
        return Err(SplitError::TotalNotPositive { total });
    }
    Ok(minor)
}

/// Each person's weight under `mode`, after its checks.
fn weights(mode: &Mode, subtotal: i64, currency: Currency, people: usize) -> Result<Vec<u64>, SplitError> {
    let same_length = |list: ListKind, given: usize| {
        if given == people { Ok(()) } else { Err(SplitError::CountMismatch { list, given, people }) }
    };
    match mode {
        Mode::Equal => Ok(vec![1; people]),
        Mode::Shares(shares) => {
            same_length(ListKind::Shares, shares.len())?;
            if shares.iter().all(|&s| s == 0) {
                return Err(SplitError::NoShares);
            }
            Ok(shares.iter().map(|&s| u64::from(s)).collect())
        }
        Mode::Percent(percents) => {
            same_length(ListKind::Percentages, percents.len())?;
            let sum: u64 = percents.iter().map(|p| u64::from(p.hundredths())).sum();
            if sum != u64::from(Percent::HUNDRED.hundredths()) {
                return Err(SplitError::PercentNot100 { sum_hundredths: sum });
            }
            Ok(percents.iter().map(|p| u64::from(p.hundredths())).collect())
        }
        Mode::Exact(amounts) => {
            same_length(ListKind::Amounts, amounts.len())?;
            let minors = amounts.iter().map(|a| non_negative_minor(*a, currency)).collect::<Result<Vec<_>, _>>()?;
            let sum = minors.iter().try_fold(0_i64, |sum, &m| sum.checked_add(m)).ok_or(SplitError::TooLarge)?;
            if sum != subtotal {
                return Err(SplitError::ExactMismatch {
                    sum: Money::from_minor(sum, currency),
                    total: Money::from_minor(subtotal, currency),
                });
            }
            Ok(minors.into_iter().map(|m| m.unsigned_abs()).collect())
        }
    }
}

/// An amount of the bill's currency in minor units, refused when negative.
pub(crate) fn non_negative_minor(amount: Money, currency: Currency) -> Result<i64, SplitError> {
    if amount.currency() != currency {
        return Err(SplitError::CurrencyMismatch { expected: currency, found: amount.currency() });
    }
    if amount.is_negative() {
        return Err(SplitError::NegativeAmount { amount });
    }
    amount.to_minor().ok_or(SplitError::TooLarge)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::split::testing::{som, three};

    fn percents(list: &[u32]) -> Mode {
        Mode::Percent(list.iter().map(|&p| Percent::from_hundredths(p * 100).expect("0..=100")).collect())
    }

    fn amounts(split: &Split) -> Vec<i64> {
        split.shares.iter().map(|s| s.amount_minor).collect()
    }

    fn ten_percent() -> Tip {
        Tip::Percent(Percent::from_hundredths(1000).expect("10 %"))
    }

    #[test]
    fn split_the_issue_example_equally_with_a_tip() {
        let split = split(som(100_000), &three(), &Mode::Equal, Some(&ten_percent())).expect("splits");
        assert_eq!((split.subtotal, split.tip, split.total), (som(100_000), som(10_000), som(110_000)));
        assert_eq!(amounts(&split), [36_667, 36_667, 36_666]);
        let explained: Vec<_> = split.shares.iter().map(|s| (s.name.as_str(), s.extra_tyiyn, s.rounding)).collect();
        assert_eq!(
            explained,
            [
                ("Айгуль", true, Rounding::UpFirstListed),
                ("Бакыт", true, Rounding::UpFirstListed),
                ("Чынара", false, Rounding::DownListedLater),
            ]
        );
        assert_eq!(split.shares[0].amount.to_string(), "366.67 KGS");
    }

    #[test]
    fn split_by_shares_percentages_and_exact_amounts() {
        let by_shares = split(som(100_000), &three(), &Mode::Shares(vec![2, 1, 1]), None).expect("shares");
        assert_eq!(amounts(&by_shares), [50_000, 25_000, 25_000]);
        let by_percent = split(som(100_000), &three(), &percents(&[50, 25, 25]), Some(&ten_percent())).expect("%");
        assert_eq!(amounts(&by_percent), [55_000, 27_500, 27_500]);
        let exact = Mode::Exact(vec![som(50_000), som(25_000), som(25_000)]);
        assert_eq!(amounts(&split(som(100_000), &three(), &exact, None).expect("exact")), [50_000, 25_000, 25_000]);
        let zero_share = split(som(1_000), &three(), &Mode::Shares(vec![1, 0, 1]), None).expect("a guest");
        assert_eq!(amounts(&zero_share), [500, 0, 500]);
    }

    #[test]
    fn split_exact_amounts_keep_what_was_typed_and_share_the_tip() {
        // 100.01 + 0 + 899.99 with 10 %: the tip 100.00 goes 10.001 / 0 / 89.999 → 10.00 / 0 / 90.00.
        let exact = Mode::Exact(vec![som(10_001), som(0), som(89_999)]);
        let split = split(som(100_000), &three(), &exact, Some(&ten_percent())).expect("exact");
        assert_eq!(amounts(&split), [10_001 + 1_000, 0, 89_999 + 9_000]);
        assert_eq!(split.shares[2].rounding, Rounding::UpLargestRemainder);
        assert_eq!(split.shares[1].rounding, Rounding::Exact);
    }

    #[test]
    fn split_a_fixed_tip_and_more_people_than_tyiyns() {
        let tip = Tip::Amount(som(50));
        let split = split(som(100_000), &three(), &Mode::Equal, Some(&tip)).expect("splits");
        assert_eq!(amounts(&split), [33_350, 33_350, 33_350]);
        let tiny = super::split(som(2), &three(), &Mode::Equal, None).expect("2 tyiyn");
        assert_eq!(amounts(&tiny), [1, 1, 0]);
    }

    #[test]
    fn split_refuses_each_bad_input() {
        let total = som(100_000);
        let bad = |people: &[String], mode: &Mode, tip: Option<&Tip>| split(total, people, mode, tip).err();
        assert_eq!(bad(&[], &Mode::Equal, None), Some(SplitError::NoPeople));
        assert_eq!(bad(&["A".into(), "".into()], &Mode::Equal, None), Some(SplitError::EmptyName { position: 2 }));
        assert_eq!(
            bad(&["A".into(), "a".into()], &Mode::Equal, None),
            Some(SplitError::DuplicateName { name: "a".into(), first: 1, second: 2 })
        );
        assert_eq!(
            split(som(0), &three(), &Mode::Equal, None).err(),
            Some(SplitError::TotalNotPositive { total: som(0) })
        );
        assert_eq!(
            split(som(-100), &three(), &Mode::Equal, None).err(),
            Some(SplitError::TotalNotPositive { total: som(-100) })
        );
        assert_eq!(
            bad(&three(), &percents(&[50, 25, 20]), None),
            Some(SplitError::PercentNot100 { sum_hundredths: 9_500 })
        );
        assert_eq!(
            bad(&three(), &percents(&[50, 50, 25]), None),
            Some(SplitError::PercentNot100 { sum_hundredths: 12_500 })
        );
        assert_eq!(
            bad(&three(), &percents(&[50, 50]), None),
            Some(SplitError::CountMismatch { list: ListKind::Percentages, given: 2, people: 3 })
        );
        assert_eq!(
            bad(&three(), &Mode::Shares(vec![1, 1, 1, 1]), None),
            Some(SplitError::CountMismatch { list: ListKind::Shares, given: 4, people: 3 })
        );
        assert_eq!(bad(&three(), &Mode::Shares(vec![0, 0, 0]), None), Some(SplitError::NoShares));
        assert_eq!(
            bad(&three(), &Mode::Exact(vec![som(50_000), som(25_000), som(20_000)]), None),
            Some(SplitError::ExactMismatch { sum: som(95_000), total: som(100_000) })
        );
        assert_eq!(
            bad(&three(), &Mode::Exact(vec![som(50_000), som(50_000)]), None),
            Some(SplitError::CountMismatch { list: ListKind::Amounts, given: 2, people: 3 })
        );
        assert_eq!(
            bad(&three(), &Mode::Exact(vec![som(110_000), som(-10_000), som(0)]), None),
            Some(SplitError::NegativeAmount { amount: som(-10_000) })
        );
        let dollars = Money::from_minor(100_000, Currency::Usd);
        assert_eq!(
            bad(&three(), &Mode::Exact(vec![dollars, som(0), som(0)]), None),
            Some(SplitError::CurrencyMismatch { expected: Currency::Kgs, found: Currency::Usd })
        );
        assert_eq!(
            bad(&three(), &Mode::Equal, Some(&Tip::Amount(som(-1)))),
            Some(SplitError::NegativeAmount { amount: som(-1) })
        );
        let huge = Money::from_minor(i64::MAX, Currency::Kgs);
        assert_eq!(split(huge, &three(), &Mode::Equal, Some(&ten_percent())).err(), Some(SplitError::TooLarge));
    }
}
