//! Splitting a bill by its items: each item is assigned to one or several people, a shared item is split equally
//! between them, and each person pays the sum of their parts, plus the tip.

use super::allocate::{Rounding, allocate};
use super::error::SplitError;
use super::modes::{Split, non_negative_minor, share};
use super::people;
use super::tip::{Tip, tip_minor};
use crate::domain::{Currency, Money};

/// A line of the bill.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Item {
    /// As on the receipt («Плов»); named in the errors.
    pub name: String,
    /// 0 or more, in the bill's currency.
    pub price: Money,
    /// Who had it: positions in the people's list, counting from 0. Repeats count once.
    pub people: Vec<usize>,
}

/// One person's part of one item.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Portion {
    /// A position in the people's list.
    pub person: usize,
    pub amount: Money,
    pub amount_minor: i64,
    pub extra_tyiyn: bool,
    pub rounding: Rounding,
}

/// How one item was split, between its people in the order of the people's list.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ItemShares {
    pub name: String,
    pub price: Money,
    pub portions: Vec<Portion>,
}

/// A bill split by items: the totals per person, and each item's portions that explain them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ItemsSplit {
    /// The bill's total is the sum of the items' prices. Each share is the sum of the person's portions plus their
    /// part of the tip; its `rounding` explains that part of the tip.
    pub split: Split,
    pub items: Vec<ItemShares>,
}

/// Splits a bill of `items` (in `currency`) between `people`, with an optional `tip`.
///
/// Each item's price is split equally between its people by the largest-remainder rule ([`super::allocate()`]):
/// within an item the parts differ by at most one tyiyn, and the extra tyiyns go to whoever comes first **in the
/// people's list** (not in the item's). So the first listed may pay up to one tyiyn more per shared item. Each
/// person's subtotal is the sum of their parts; the tip (a percentage of the sum of the prices, or an amount) is then
/// split in proportion to the subtotals, by the same rule, so everyone pays their items exactly plus their part of
/// the tip (someone with no items pays nothing).
///
/// Refused: no people, bad names, no items, an item with nobody or with a position outside the list (named by its
/// position and name), a negative price or one in another currency, a bill that comes to 0.
pub fn split_items(
    currency: Currency,
    people: &[String],
    items: &[Item],
    tip: Option<&Tip>,
) -> Result<ItemsSplit, SplitError> {
    let names = people::check(people)?;
    if items.is_empty() {
        return Err(SplitError::NoItems);
    }
    let mut subtotals = vec![0_i64; names.len()];
    let mut shares = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        let price = non_negative_minor(item.price, currency)?;
        let assigned = assignees(index, item, names.len())?;
        let parts = allocate(price, &vec![1; assigned.len()]).ok_or(SplitError::TooLarge)?;
        let mut portions = Vec::with_capacity(assigned.len());
        for (person, part) in assigned.into_iter().zip(parts) {
            let subtotal = subtotals.get_mut(person).ok_or(SplitError::TooLarge)?;
            *subtotal = subtotal.checked_add(part.minor).ok_or(SplitError::TooLarge)?;
            portions.push(Portion {
                person,
                amount: Money::from_minor(part.minor, currency),
                amount_minor: part.minor,
                extra_tyiyn: part.rounding.extra_tyiyn(),
                rounding: part.rounding,
            });
        }
        shares.push(ItemShares { name: item.name.clone(), price: item.price, portions });
    }
    let subtotal = subtotals.iter().try_fold(0_i64, |sum, &s| sum.checked_add(s)).ok_or(SplitError::TooLarge)?;
    if subtotal <= 0 {
        return Err(SplitError::TotalNotPositive { total: Money::from_minor(subtotal, currency) });
    }
    let tip = tip_minor(tip, subtotal, currency)?;
    let grand = subtotal.checked_add(tip).ok_or(SplitError::TooLarge)?;
    let weights: Vec<u64> = subtotals.iter().map(|s| s.unsigned_abs()).collect();
    let tips = allocate(tip, &weights).ok_or(SplitError::TooLarge)?;
    let mut people_shares = Vec::with_capacity(names.len());
    for ((name, own), tip_part) in names.into_iter().zip(subtotals).zip(tips) {
        let minor = own.checked_add(tip_part.minor).ok_or(SplitError::TooLarge)?;
        people_shares.push(share(name, minor, tip_part.rounding, currency));
    }
    Ok(ItemsSplit {
        split: Split {
            currency,
            subtotal: Money::from_minor(subtotal, currency),
            tip: Money::from_minor(tip, currency),
            total: Money::from_minor(grand, currency),
            shares: people_shares,
        },
        items: shares,
    })
}

/// The item's people, each once, in the order of the people's list.
fn assignees(index: usize, item: &Item, people: usize) -> Result<Vec<usize>, SplitError> {
    if let Some(&person) = item.people.iter().find(|&&p| p >= people) {
        return Err(SplitError::ItemUnknownPerson {
            position: index + 1,
            name: item.name.clone(),
            person: person.saturating_add(1),
            people,
        });
    }
    let mut assigned = item.people.clone();
    assigned.sort_unstable();
    assigned.dedup();
    if assigned.is_empty() {
        return Err(SplitError::ItemUnassigned { position: index + 1, name: item.name.clone() });
    }
    Ok(assigned)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::split::Percent;
    use crate::split::testing::{som, three};

    fn item(name: &str, minor: i64, people: &[usize]) -> Item {
        Item { name: name.into(), price: som(minor), people: people.to_vec() }
    }

    fn amounts(split: &ItemsSplit) -> Vec<i64> {
        split.split.shares.iter().map(|s| s.amount_minor).collect()
    }

    #[test]
    fn split_items_each_to_its_people() {
        let items = [item("Плов", 45_000, &[0]), item("Лагман", 38_000, &[1]), item("Чай", 10_000, &[2, 1, 0, 1])];
        let split = split_items(Currency::Kgs, &three(), &items, None).expect("splits");
        // Чай 100.00 / 3 = 33.34 (Айгуль, first listed), 33.33, 33.33 — in the people's order, not the item's.
        assert_eq!(amounts(&split), [45_000 + 3_334, 38_000 + 3_333, 3_333]);
        assert_eq!(split.split.total, som(93_000));
        let tea = &split.items[2];
        assert_eq!(tea.portions.iter().map(|p| p.person).collect::<Vec<_>>(), [0, 1, 2]);
        assert_eq!(
            tea.portions.iter().map(|p| (p.extra_tyiyn, p.rounding)).collect::<Vec<_>>(),
            [(true, Rounding::UpFirstListed), (false, Rounding::DownListedLater), (false, Rounding::DownListedLater)]
        );
        assert!(split.split.shares.iter().all(|s| s.rounding == Rounding::Exact), "no tip, nothing to round");
    }

    #[test]
    fn split_items_share_the_tip_by_subtotals() {
        let items = [item("Плов", 45_000, &[0]), item("Лагман", 35_000, &[1]), item("Нан", 20_000, &[0, 1])];
        let tip = Tip::Percent(Percent::from_hundredths(1_000).expect("10 %"));
        let split = split_items(Currency::Kgs, &three(), &items, Some(&tip)).expect("splits");
        // Subtotals 550.00 / 450.00 / 0; the tip 100.00 goes 55.00 / 45.00 / 0.
        assert_eq!(amounts(&split), [60_500, 49_500, 0]);
        assert_eq!(split.split.tip, som(10_000));
    }

    #[test]
    fn split_items_refuses_each_bad_input() {
        let bad = |items: &[Item]| split_items(Currency::Kgs, &three(), items, None).err();
        assert_eq!(bad(&[]), Some(SplitError::NoItems));
        assert_eq!(
            bad(&[item("Плов", 100, &[0]), item("Чай", 100, &[])]),
            Some(SplitError::ItemUnassigned { position: 2, name: "Чай".into() })
        );
        assert_eq!(
            bad(&[item("Плов", 100, &[0, 3])]),
            Some(SplitError::ItemUnknownPerson { position: 1, name: "Плов".into(), person: 4, people: 3 })
        );
        assert_eq!(bad(&[item("Скидка", -100, &[0])]), Some(SplitError::NegativeAmount { amount: som(-100) }));
        assert_eq!(bad(&[item("Вода", 0, &[0])]), Some(SplitError::TotalNotPositive { total: som(0) }));
        let dollars = Item { name: "Cola".into(), price: Money::from_minor(100, Currency::Usd), people: vec![0] };
        assert_eq!(
            bad(&[dollars]),
            Some(SplitError::CurrencyMismatch { expected: Currency::Kgs, found: Currency::Usd })
        );
        assert_eq!(split_items(Currency::Kgs, &[], &[item("Плов", 100, &[0])], None).err(), Some(SplitError::NoPeople));
    }
}
