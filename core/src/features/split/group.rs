//! A group's accounts on the phone: the bills kept under one group name (a trip, a flat), each paid by me or by
//! someone on it, and the requests paid since — each member's net balance and the fewest payments that settle
//! it, by `crate::split::Group`'s rules (nobody made to owe someone they did not owe where that is possible).

use super::bill::{Bill, RequestState};
use crate::domain::{Currency, Money};
use crate::split::{Group, SplitError};

/// How the phone tells members apart across bills: by number when known, else by name; me by a key no name has.
const ME: &str = "\u{1}me";

fn key_of(bill: &Bill, person: usize) -> Option<String> {
    let person = bill.people.get(person)?;
    Some(match (&person.request, &person.phone) {
        (RequestState::Mine, _) => ME.to_owned(),
        (_, Some(phone)) => phone.clone(),
        (_, None) => person.name.trim().to_lowercase(),
    })
}

/// A member of a group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// The name on the first bill they appear on; `None` for me.
    pub name: Option<String>,
    /// Positive: is owed; negative: owes.
    pub balance: Money,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupSummary {
    pub currency: Currency,
    pub members: Vec<Member>,
    /// (from, to, amount): positions in `members`.
    pub payments: Vec<(usize, usize, Money)>,
    /// The group's bills counted, newest first.
    pub bills: usize,
}

/// The bills named `name` (not cancelled; in the first one's currency), summed up.
pub fn summary(bills: &[Bill], name: &str) -> Result<Option<GroupSummary>, SplitError> {
    let in_group: Vec<&Bill> = bills.iter().filter(|b| !b.cancelled && b.group.as_deref() == Some(name)).collect();
    let Some(first) = in_group.first() else {
        return Ok(None);
    };
    let currency = first.currency;
    let in_group: Vec<&Bill> = in_group.into_iter().filter(|b| b.currency == currency).collect();
    let mut keys: Vec<String> = Vec::new();
    let mut names: Vec<Option<String>> = Vec::new();
    for bill in &in_group {
        for (i, person) in bill.people.iter().enumerate() {
            let Some(key) = key_of(bill, i) else { continue };
            if !keys.contains(&key) {
                names.push((key != ME).then(|| person.name.clone()));
                keys.push(key);
            }
        }
    }
    let position = |key: &str| keys.iter().position(|k| k == key);
    let mut group = Group::new(currency, &keys)?;
    let zero = Money::zero(currency);
    for bill in &in_group {
        let mut paid = vec![zero; keys.len()];
        let mut shares = vec![0i64; keys.len()];
        for (i, person) in bill.people.iter().enumerate() {
            if let Some(at) = key_of(bill, i).and_then(|k| position(&k)) {
                shares[at] = shares[at].saturating_add(person.amount_minor);
            }
        }
        let payer = match bill.paid_by {
            Some(person) => key_of(bill, person),
            None => Some(ME.to_owned()),
        };
        if let Some(at) = payer.and_then(|k| position(&k)) {
            paid[at] = bill.total();
        }
        let shares: Vec<Money> = shares.into_iter().map(|minor| Money::from_minor(minor, currency)).collect();
        group.add_bill(&paid, &shares)?;
        // What came in by requests (only bills I paid have them) settles part of it.
        let me = position(ME);
        for (i, person) in bill.people.iter().enumerate() {
            let from = key_of(bill, i).and_then(|k| position(&k));
            if let (Some(from), Some(to), true) = (from, me, person.paid()) {
                group.add_payment(from, to, person.amount(currency))?;
            }
        }
    }
    let payments = group.settle()?.into_iter().map(|p| (p.from, p.to, p.amount)).collect();
    let members = names.into_iter().zip(group.balances()).map(|(name, balance)| Member { name, balance }).collect();
    Ok(Some(GroupSummary { currency, members, payments, bills: in_group.len() }))
}

/// The group names of `bills`, each once, in the order of their newest bill.
pub fn names(bills: &[Bill]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for bill in bills {
        if let Some(name) = &bill.group
            && !names.contains(name)
        {
            names.push(name.clone());
        }
    }
    names
}
