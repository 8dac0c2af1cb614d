//! Why a bill cannot be split (or a group settled): one typed error per impossible input, each with the Fluent id of
//! its text for the screens ([`SplitError::message_id`]) and an English sentence for `wallet split` that names the
//! numbers involved.

use rust_decimal::Decimal;

use crate::domain::{Currency, Money};

/// Which list of a split does not match the people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ListKind {
    Shares,
    Percentages,
    Amounts,
}

impl ListKind {
    fn plural(self) -> &'static str {
        match self {
            ListKind::Shares => "shares",
            ListKind::Percentages => "percentages",
            ListKind::Amounts => "amounts",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SplitError {
    /// Nobody to split between.
    #[error("there is nobody to split between: give at least one person")]
    NoPeople,
    /// A name that is empty or only spaces; `position` counts from 1.
    #[error("person {position} has no name")]
    EmptyName { position: usize },
    /// The same person twice (names compared trimmed, ignoring case); positions count from 1.
    #[error("\"{name}\" is listed twice (as person {first} and person {second})")]
    DuplicateName { name: String, first: usize, second: usize },
    /// The bill's total (before the tip) is zero or negative.
    #[error("the total must be more than 0, not {total}")]
    TotalNotPositive { total: Money },
    /// Text that is not an amount of the currency (letters, more decimals than its minor unit).
    #[error("\"{text}\" is not an amount of {} with at most 2 decimals, like 1000.00", .currency.code())]
    NotAnAmount { text: String, currency: Currency },
    /// Text that is not a percentage from 0 to 100 with at most 2 decimals.
    #[error("\"{text}\" is not a percentage from 0 to 100 with at most 2 decimals, like 33.33")]
    NotAPercent { text: String },
    /// Text that is not a share (a whole number from 0).
    #[error("\"{text}\" is not a share: shares are whole numbers, like 2,1,1")]
    NotAShare { text: String },
    /// A list of shares, percentages or amounts of another length than the people.
    #[error("{people} people but {given} {}", .list.plural())]
    CountMismatch { list: ListKind, given: usize, people: usize },
    /// Every share is 0.
    #[error("the shares sum to 0: give at least one person a share")]
    NoShares,
    /// The percentages do not sum to exactly 100.
    #[error("the percentages sum to {}, not 100", hundredths_text(.sum_hundredths))]
    PercentNot100 { sum_hundredths: u64 },
    /// The exact amounts do not sum to the bill's total (before the tip).
    #[error("the amounts sum to {sum}, not the total {total}")]
    ExactMismatch { sum: Money, total: Money },
    /// A negative amount (an exact amount, an item's price, a tip, money paid).
    #[error("an amount cannot be negative: {amount}")]
    NegativeAmount { amount: Money },
    /// An amount in another currency than the bill's.
    #[error("the bill is in {} but an amount is in {}", .expected.code(), .found.code())]
    CurrencyMismatch { expected: Currency, found: Currency },
    /// A bill split by items without items.
    #[error("there are no items on the bill")]
    NoItems,
    /// An item nobody is assigned to; `position` counts from 1.
    #[error("item {position} (\"{name}\") is not assigned to anyone")]
    ItemUnassigned { position: usize, name: String },
    /// An item assigned to a person who is not on the bill; positions count from 1.
    #[error("item {position} (\"{name}\") is assigned to person {person}, but there are {people} people")]
    ItemUnknownPerson { position: usize, name: String, person: usize, people: usize },
    /// Sums beyond what the wallet counts (over 92 quadrillion som).
    #[error("the amounts are too large")]
    TooLarge,
    /// A group's balances (what each is owed, minus what each owes) do not sum to zero.
    #[error("the balances sum to {sum}, not 0")]
    BalancesNotZero { sum: Money },
    /// A bill whose payments and shares differ.
    #[error("the bill was paid {paid} but its shares sum to {shares}")]
    BillMismatch { paid: Money, shares: Money },
    /// A bill listing another number of members than the group has.
    #[error("the group has {members} members but the bill lists {given}")]
    MemberCount { members: usize, given: usize },
    /// A name that is not one of the group's members.
    #[error("\"{name}\" is not a member of the group")]
    UnknownMember { name: String },
}

impl SplitError {
    /// The Fluent id of the text that explains it to the person.
    pub fn message_id(&self) -> &'static str {
        match self {
            SplitError::NoPeople => "split-no-people",
            SplitError::EmptyName { .. } => "split-empty-name",
            SplitError::DuplicateName { .. } => "split-duplicate-name",
            SplitError::TotalNotPositive { .. } => "split-total-not-positive",
            SplitError::NotAnAmount { .. } => "split-not-an-amount",
            SplitError::NotAPercent { .. } => "split-not-a-percent",
            SplitError::NotAShare { .. } => "split-not-a-share",
            SplitError::CountMismatch { .. } => "split-count-mismatch",
            SplitError::NoShares => "split-shares-zero",
            SplitError::PercentNot100 { .. } => "split-percent-not-100",
            SplitError::ExactMismatch { .. } => "split-exact-mismatch",
            SplitError::NegativeAmount { .. } => "split-negative-amount",
            SplitError::CurrencyMismatch { .. } => "split-currency-mismatch",
            SplitError::NoItems => "split-no-items",
            SplitError::ItemUnassigned { .. } => "split-item-unassigned",
            SplitError::ItemUnknownPerson { .. } => "split-item-unknown-person",
            SplitError::TooLarge => "split-too-large",
            SplitError::BalancesNotZero { .. } => "split-balances-not-zero",
            SplitError::BillMismatch { .. } => "split-bill-mismatch",
            SplitError::MemberCount { .. } => "split-member-count",
            SplitError::UnknownMember { .. } => "split-unknown-member",
        }
    }
}

/// Hundredths of a percent as people write percentages: `9500` → `95`, `3333` → `33.33`.
pub(crate) fn hundredths_text(hundredths: &u64) -> String {
    match i64::try_from(*hundredths) {
        Ok(value) => Decimal::new(value, 2).normalize().to_string(),
        Err(_) => format!("{hundredths}/100"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_errors_name_the_numbers() {
        assert_eq!(
            SplitError::PercentNot100 { sum_hundredths: 9500 }.to_string(),
            "the percentages sum to 95, not 100"
        );
        assert_eq!(
            SplitError::PercentNot100 { sum_hundredths: 9999 }.to_string(),
            "the percentages sum to 99.99, not 100"
        );
        let mismatch = SplitError::ExactMismatch {
            sum: Money::from_minor(95_000, Currency::Kgs),
            total: Money::from_minor(100_000, Currency::Kgs),
        };
        assert_eq!(mismatch.to_string(), "the amounts sum to 950.00 KGS, not the total 1000.00 KGS");
        assert_eq!(mismatch.message_id(), "split-exact-mismatch");
        let count = SplitError::CountMismatch { list: ListKind::Percentages, given: 2, people: 3 };
        assert_eq!(count.to_string(), "3 people but 2 percentages");
        assert_eq!(SplitError::NoPeople.message_id(), "split-no-people");
    }

    #[test]
    fn split_error_ids_are_distinct_and_prefixed() {
        let money = Money::zero(Currency::Kgs);
        let all = [
            SplitError::NoPeople,
            SplitError::EmptyName { position: 1 },
            SplitError::DuplicateName { name: "A".into(), first: 1, second: 2 },
            SplitError::TotalNotPositive { total: money },
            SplitError::NotAnAmount { text: "x".into(), currency: Currency::Kgs },
            SplitError::NotAPercent { text: "x".into() },
            SplitError::NotAShare { text: "x".into() },
            SplitError::CountMismatch { list: ListKind::Shares, given: 1, people: 2 },
            SplitError::NoShares,
            SplitError::PercentNot100 { sum_hundredths: 0 },
            SplitError::ExactMismatch { sum: money, total: money },
            SplitError::NegativeAmount { amount: money },
            SplitError::CurrencyMismatch { expected: Currency::Kgs, found: Currency::Usd },
            SplitError::NoItems,
            SplitError::ItemUnassigned { position: 1, name: "x".into() },
            SplitError::ItemUnknownPerson { position: 1, name: "x".into(), person: 4, people: 3 },
            SplitError::TooLarge,
            SplitError::BalancesNotZero { sum: money },
            SplitError::BillMismatch { paid: money, shares: money },
            SplitError::MemberCount { members: 3, given: 2 },
            SplitError::UnknownMember { name: "x".into() },
        ];
        let ids: std::collections::BTreeSet<_> = all.iter().map(SplitError::message_id).collect();
        assert_eq!(ids.len(), all.len());
        assert!(ids.iter().all(|id| id.starts_with("split-")));
        assert!(all.iter().all(|e| !e.to_string().is_empty() && !e.to_string().contains('\n')));
    }
}
