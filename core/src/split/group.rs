//! A group that shares several bills (a trip, a flat): each member's net balance across the bills, who owed whom,
//! and the fewest payments to settle ([`super::settle()`]).

use std::collections::BTreeSet;

use super::error::SplitError;
use super::modes::{Split, non_negative_minor};
use super::people::{self, same_person_key};
use super::settle::{Payment, settle};
use crate::domain::{Currency, Money};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    currency: Currency,
    members: Vec<String>,
    /// Per member, in minor units: positive is owed, negative owes. Always sums to zero.
    balances: Vec<i64>,
    /// (debtor, creditor) pairs: in some bill, the debtor paid less than their share and the creditor more.
    owed_before: BTreeSet<(usize, usize)>,
}

impl Group {
    /// A group of `members` (named, each once) keeping its accounts in `currency`.
    pub fn new(currency: Currency, members: &[String]) -> Result<Group, SplitError> {
        let members = people::check(members)?;
        let balances = vec![0; members.len()];
        Ok(Group { currency, members, balances, owed_before: BTreeSet::new() })
    }

    pub fn currency(&self) -> Currency {
        self.currency
    }

    pub fn members(&self) -> &[String] {
        &self.members
    }

    /// Each member's net balance: positive is owed to them, negative they owe.
    pub fn balances(&self) -> Vec<Money> {
        self.balances.iter().map(|&b| Money::from_minor(b, self.currency)).collect()
    }

    /// The (debtor, creditor) pairs of the bills so far.
    pub fn owed_before(&self) -> Vec<(usize, usize)> {
        self.owed_before.iter().copied().collect()
    }

    /// A bill: what each member `paid` and what each member's `shares` of it are (one amount per member, 0 or
    /// more, both summing to the same). Each member's balance moves by what they paid minus their share; each
    /// member who paid less than their share is recorded as owing each who paid more.
    pub fn add_bill(&mut self, paid: &[Money], shares: &[Money]) -> Result<(), SplitError> {
        let members = self.members.len();
        for list in [paid, shares] {
            if list.len() != members {
                return Err(SplitError::MemberCount { members, given: list.len() });
            }
        }
        let paid = self.minors(paid)?;
        let shares = self.minors(shares)?;
        let (paid_sum, shares_sum) = (sum(&paid)?, sum(&shares)?);
        if paid_sum != shares_sum {
            return Err(SplitError::BillMismatch {
                paid: Money::from_minor(paid_sum, self.currency),
                shares: Money::from_minor(shares_sum, self.currency),
            });
        }
        let net: Vec<i64> = paid.iter().zip(&shares).map(|(p, s)| p - s).collect();
        let balances = self
            .balances
            .iter()
            .zip(&net)
            .map(|(b, n)| b.checked_add(*n).ok_or(SplitError::TooLarge))
            .collect::<Result<Vec<_>, _>>()?;
        self.balances = balances;
        for (debtor, _) in net.iter().enumerate().filter(|(_, n)| **n < 0) {
            for (creditor, _) in net.iter().enumerate().filter(|(_, n)| **n > 0) {
                self.owed_before.insert((debtor, creditor));
            }
        }
        Ok(())
    }

    /// A split bill that `payer` paid in full: every share named in it must be a member (members not in it owe
    /// nothing for it).
    pub fn add_split(&mut self, payer: &str, split: &Split) -> Result<(), SplitError> {
        if split.currency != self.currency {
            return Err(SplitError::CurrencyMismatch { expected: self.currency, found: split.currency });
        }
        let mut paid = vec![Money::zero(self.currency); self.members.len()];
        let mut shares = paid.clone();
        *paid.get_mut(self.member(payer)?).ok_or(SplitError::TooLarge)? = split.total;
        for share in &split.shares {
            *shares.get_mut(self.member(&share.name)?).ok_or(SplitError::TooLarge)? = share.amount;
        }
        self.add_bill(&paid, &shares)
    }

    /// A payment made between members (a suggested one, or any other): `from`'s balance rises, `to`'s falls.
    pub fn add_payment(&mut self, from: usize, to: usize, amount: Money) -> Result<(), SplitError> {
        let amount = non_negative_minor(amount, self.currency)?;
        let members = self.members.len();
        if let Some(outside) = [from, to].into_iter().find(|&m| m >= members) {
            return Err(SplitError::UnknownMember { name: format!("member {}", outside.saturating_add(1)) });
        }
        let mut balances = self.balances.clone();
        balances[from] = balances[from].checked_add(amount).ok_or(SplitError::TooLarge)?;
        balances[to] = balances[to].checked_sub(amount).ok_or(SplitError::TooLarge)?;
        self.balances = balances;
        Ok(())
    }

    /// The fewest payments that settle every balance, along the debts of the bills where possible
    /// ([`super::settle()`]); positions are the members'.
    pub fn settle(&self) -> Result<Vec<Payment>, SplitError> {
        settle(&self.balances(), &self.owed_before())
    }

    fn member(&self, name: &str) -> Result<usize, SplitError> {
        let key = same_person_key(name);
        self.members
            .iter()
            .position(|m| same_person_key(m) == key)
            .ok_or_else(|| SplitError::UnknownMember { name: name.trim().to_owned() })
    }

    fn minors(&self, amounts: &[Money]) -> Result<Vec<i64>, SplitError> {
        amounts.iter().map(|a| non_negative_minor(*a, self.currency)).collect()
    }
}

fn sum(minors: &[i64]) -> Result<i64, SplitError> {
    minors.iter().try_fold(0_i64, |sum, &m| sum.checked_add(m)).ok_or(SplitError::TooLarge)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::split::testing::som;
    use crate::split::{Mode, split};

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    fn minors(group: &Group) -> Vec<i64> {
        group.balances().iter().map(|b| b.to_minor().unwrap_or(i64::MIN)).collect()
    }

    #[test]
    fn split_group_keeps_balances_across_bills_and_settles() {
        let people = names(&["Айгуль", "Бакыт", "Чынара"]);
        let mut group = Group::new(Currency::Kgs, &people).expect("a group");
        // Dinner 900.00 paid by Айгуль, equally; taxi 300.00 paid by Бакыт, between Бакыт and Чынара.
        let dinner = split(som(90_000), &people, &Mode::Equal, None).expect("dinner");
        group.add_split("Айгуль", &dinner).expect("added");
        let taxi = split(som(30_000), &people[1..], &Mode::Equal, None).expect("taxi");
        group.add_split("бакыт", &taxi).expect("added");
        assert_eq!(minors(&group), [60_000, -15_000, -45_000]);
        assert_eq!(group.owed_before(), [(1, 0), (2, 0), (2, 1)]);
        let payments = group.settle().expect("settles");
        let flows: Vec<_> = payments.iter().map(|p| (p.from, p.to, p.amount)).collect();
        assert_eq!(flows, [(1, 0, som(15_000)), (2, 0, som(45_000))]);
        for payment in payments {
            group.add_payment(payment.from, payment.to, payment.amount).expect("paid");
        }
        assert_eq!(minors(&group), [0, 0, 0]);
    }

    #[test]
    fn split_group_refuses_bad_bills() {
        let mut group = Group::new(Currency::Kgs, &names(&["A", "B"])).expect("a group");
        assert_eq!(
            group.add_bill(&[som(100)], &[som(50), som(50)]),
            Err(SplitError::MemberCount { members: 2, given: 1 })
        );
        assert_eq!(
            group.add_bill(&[som(100), som(0)], &[som(50), som(40)]),
            Err(SplitError::BillMismatch { paid: som(100), shares: som(90) })
        );
        assert_eq!(
            group.add_bill(&[som(100), som(-10)], &[som(50), som(40)]),
            Err(SplitError::NegativeAmount { amount: som(-10) })
        );
        let bill = split(som(100), &names(&["A", "C"]), &Mode::Equal, None).expect("a bill");
        assert_eq!(group.add_split("A", &bill), Err(SplitError::UnknownMember { name: "C".into() }));
        let ours = split(som(100), &names(&["A", "B"]), &Mode::Equal, None).expect("a bill");
        assert_eq!(group.add_split("Z", &ours), Err(SplitError::UnknownMember { name: "Z".into() }));
        assert_eq!(minors(&group), [0, 0], "a refused bill changes nothing");
        assert_eq!(Group::new(Currency::Kgs, &[]), Err(SplitError::NoPeople));
    }
}
