//! Settling up: from each member's net balance, the payments that bring everyone to zero — as few as possible,
//! and along debts that already existed where that is possible.
//!
//! A balance is what the member is owed (positive) or owes (negative), in the group's currency; they sum to zero.
//!
//! **The fewest payments.** With `n` members whose balance is not zero, `n − 1` payments always suffice (each
//! payment can bring one member to zero, the last one two). Fewer are possible exactly when the members split into
//! groups that each sum to zero: each group of `s` settles among itself with `s − 1` payments, so the minimum is
//! `n − k` for the largest number `k` of such groups. Finding `k` is NP-hard in general (it contains subset sum), so:
//!
//! - up to [`EXACT_SEARCH_LIMIT`] members with a balance, an exact search: dynamic programming over the subsets
//!   (about 3ⁿ steps: 59 049 for 10) finds the largest number of zero-sum groups, and inside each group the
//!   payments form a tree (a minimum settlement is always such a forest);
//! - above that, the greedy rule: the member who owes the most pays the creditor they owed before who is owed the
//!   most (or, when they owed none of them, the creditor owed the most), as much as settles one of the two; repeat.
//!   Every payment settles someone, so there are never more than `n − 1` payments.
//!
//! **Along existing debts.** `owed_before` lists the pairs (debtor, creditor) from the bills: who owed whom. Among the
//! settlements with the fewest payments, the exact search picks the one with the most payments along those pairs —
//! so when a settlement exists that uses only existing pairs with the same minimal count, that is the one suggested,
//! and nobody is asked to pay someone they did not owe. The count comes first: one payment fewer beats a payment to a
//! stranger. Between settlements still tied, the one that moves the least money in all wins (Бакыт pays Айгуль
//! directly rather than through Чынара). The greedy rule prefers existing pairs too, one payment at a time, without
//! that guarantee.
//!
//! Ties are broken by the order of the members, so the same balances always give the same payments.

use super::error::SplitError;
use crate::domain::{Currency, Money};

/// Up to this many members with a balance, the fewest payments are found exactly; above, greedily.
pub const EXACT_SEARCH_LIMIT: usize = 10;

/// A suggested payment: `from` pays `to` the `amount` (positions in the list of balances).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Payment {
    pub from: usize,
    pub to: usize,
    pub amount: Money,
}

/// The payments that settle `balances` (positive: is owed, negative: owes; summing to zero), the fewest possible up
/// to [`EXACT_SEARCH_LIMIT`] members with a balance and preferring the pairs in `owed_before` (debtor, creditor) —
/// see the module's doc. Sorted by payer, then payee.
pub fn settle(balances: &[Money], owed_before: &[(usize, usize)]) -> Result<Vec<Payment>, SplitError> {
    let (currency, minors) = checked(balances)?;
    let members: Vec<usize> = (0..minors.len()).filter(|&i| minors[i] != 0).collect();
    let flows = if members.len() <= EXACT_SEARCH_LIMIT {
        let local: Vec<i128> = members.iter().map(|&i| minors[i]).collect();
        let allowed = |from: usize, to: usize| owed_before.contains(&(members[from], members[to]));
        exact(&local, &allowed).into_iter().map(|(from, to, amount)| (members[from], members[to], amount)).collect()
    } else {
        greedy(&minors, owed_before)
    };
    payments(flows, currency)
}

/// The greedy rule alone (what [`settle`] uses above [`EXACT_SEARCH_LIMIT`]), for any number of members.
pub fn settle_greedy(balances: &[Money], owed_before: &[(usize, usize)]) -> Result<Vec<Payment>, SplitError> {
    let (currency, minors) = checked(balances)?;
    payments(greedy(&minors, owed_before), currency)
}

/// The balances in minor units, all in one currency, summing to zero.
fn checked(balances: &[Money]) -> Result<(Currency, Vec<i128>), SplitError> {
    let currency = balances.first().map_or(Currency::Kgs, Money::currency);
    let mut minors = Vec::with_capacity(balances.len());
    for balance in balances {
        if balance.currency() != currency {
            return Err(SplitError::CurrencyMismatch { expected: currency, found: balance.currency() });
        }
        minors.push(i128::from(balance.to_minor().ok_or(SplitError::TooLarge)?));
    }
    let sum: i128 = minors.iter().sum();
    if sum != 0 {
        let sum = i64::try_from(sum).map_err(|_| SplitError::TooLarge)?;
        return Err(SplitError::BalancesNotZero { sum: Money::from_minor(sum, currency) });
    }
    Ok((currency, minors))
}

fn payments(mut flows: Vec<(usize, usize, i128)>, currency: Currency) -> Result<Vec<Payment>, SplitError> {
    flows.sort_unstable();
    flows
        .into_iter()
        .map(|(from, to, amount)| {
            let minor = i64::try_from(amount).map_err(|_| SplitError::TooLarge)?;
            Ok(Payment { from, to, amount: Money::from_minor(minor, currency) })
        })
        .collect()
}

/// The exact search on at most [`EXACT_SEARCH_LIMIT`] non-zero balances summing to zero: `(from, to, amount)`.
///
/// `best[r][R]`: the best score when the members `R` (not containing `r`) hang below `r` as subtrees. The subtree
/// holding `R`'s lowest member is some `T ⊆ R` joined to `r` through one of its members `c`, and the payment on that
/// edge is what `T` sums to (into `T` when positive, out of it when negative); a zero-sum `T` is never a subtree (its
/// edge would carry nothing). Then `parts[M]` for zero-sum `M`: the largest number of zero-sum groups `M` splits
/// into, and the best score of their trees. A score is `(payments along allowed pairs, −money moved)`, compared in
/// that order.
fn exact(balances: &[i128], allowed: &dyn Fn(usize, usize) -> bool) -> Vec<(usize, usize, i128)> {
    let n = balances.len();
    if n == 0 || n > EXACT_SEARCH_LIMIT {
        return Vec::new();
    }
    let full = (1_usize << n) - 1;
    let sums: Vec<i128> =
        (0..=full).map(|mask| (0..n).filter(|&i| mask & (1 << i) != 0).map(|i| balances[i]).sum()).collect();
    // The score of the edge between `root` and `child` whose subtree sums to `sum`.
    let edge = |root: usize, child: usize, sum: i128| -> Score {
        let along = if sum > 0 { allowed(root, child) } else { allowed(child, root) };
        (i64::from(along), -sum.abs())
    };
    let add = |a: Score, b: Score| (a.0 + b.0, a.1 + b.1);
    let mut best: Vec<Vec<Score>> = vec![vec![(0, 0); full + 1]; n];
    let mut choice = vec![vec![(0_usize, 0_usize); full + 1]; n];
    for below in 1..=full {
        let low = below & below.wrapping_neg();
        let rest = below ^ low;
        for root in (0..n).filter(|&r| below & (1 << r) == 0) {
            // The lowest member alone under the root is always possible (its balance is not zero).
            let mut top: (Option<Score>, usize, usize) = (None, low, low.trailing_zeros() as usize);
            let mut sub = rest;
            loop {
                let subtree = sub | low;
                let sum = sums[subtree];
                if sum != 0 {
                    for child in (0..n).filter(|&c| subtree & (1 << c) != 0) {
                        let score = add(
                            edge(root, child, sum),
                            add(best[child][subtree ^ (1 << child)], best[root][below ^ subtree]),
                        );
                        if top.0.is_none_or(|t| score > t) {
                            top = (Some(score), subtree, child);
                        }
                    }
                }
                if sub == 0 {
                    break;
                }
                sub = (sub - 1) & rest;
            }
            best[root][below] = top.0.unwrap_or((0, 0));
            choice[root][below] = (top.1, top.2);
        }
    }
    // parts[M] = (groups, score, the group holding M's lowest member); None when M does not sum to zero.
    let mut parts: Vec<Option<(u32, Score, usize)>> = vec![None; full + 1];
    parts[0] = Some((0, (0, 0), 0));
    for mask in (1..=full).filter(|&m| sums[m] == 0) {
        let low = mask & mask.wrapping_neg();
        let lowest = low.trailing_zeros() as usize;
        let rest = mask ^ low;
        let mut top: Option<(u32, Score, usize)> = None;
        let mut sub = rest;
        loop {
            let group = sub | low;
            if sums[group] == 0
                && let Some((groups, score, _)) = parts[mask ^ group]
            {
                let candidate = (groups + 1, add(score, best[lowest][group ^ low]), group);
                if top.is_none_or(|(g, s, _)| (candidate.0, candidate.1) > (g, s)) {
                    top = Some(candidate);
                }
            }
            if sub == 0 {
                break;
            }
            sub = (sub - 1) & rest;
        }
        parts[mask] = top;
    }
    let mut flows = Vec::with_capacity(n);
    let mut mask = full;
    while mask != 0 {
        let Some((_, _, group)) = parts[mask] else { break };
        if group == 0 {
            break;
        }
        let low = group & group.wrapping_neg();
        hang(low.trailing_zeros() as usize, group ^ low, &sums, &choice, &mut flows);
        mask ^= group;
    }
    flows
}

/// Payments along pairs that existed, and minus the money moved: larger is better.
type Score = (i64, i128);

/// The payments of the subtrees `below` hangs under `root` by the search's choices.
fn hang(
    root: usize,
    below: usize,
    sums: &[i128],
    choice: &[Vec<(usize, usize)>],
    flows: &mut Vec<(usize, usize, i128)>,
) {
    let mut stack = vec![(root, below)];
    while let Some((root, below)) = stack.pop() {
        if below == 0 {
            continue;
        }
        let (subtree, child) = choice[root][below];
        if subtree == 0 || subtree & !below != 0 {
            // Never happens: every non-empty `below` has a choice inside it.
            continue;
        }
        let sum = sums[subtree];
        if sum > 0 {
            flows.push((root, child, sum));
        } else {
            flows.push((child, root, -sum));
        }
        stack.push((child, subtree ^ (1 << child)));
        stack.push((root, below ^ subtree));
    }
}

/// The greedy rule on balances summing to zero: `(from, to, amount)`.
fn greedy(balances: &[i128], owed_before: &[(usize, usize)]) -> Vec<(usize, usize, i128)> {
    let mut left = balances.to_vec();
    let mut flows = Vec::new();
    while let Some((debtor, debt)) = largest(left.iter().enumerate().filter(|(_, b)| **b < 0).map(|(i, b)| (i, -b))) {
        let creditors = || left.iter().enumerate().filter(|(_, b)| **b > 0).map(|(i, b)| (i, *b));
        let known = largest(creditors().filter(|(c, _)| owed_before.contains(&(debtor, *c))));
        let Some((creditor, credit)) = known.or_else(|| largest(creditors())) else {
            break;
        };
        let amount = debt.min(credit);
        left[debtor] += amount;
        left[creditor] -= amount;
        flows.push((debtor, creditor, amount));
    }
    flows
}

/// The largest value with its position; equal ones by position, first first.
fn largest(candidates: impl Iterator<Item = (usize, i128)>) -> Option<(usize, i128)> {
    candidates.fold(None, |top, (i, v)| match top {
        Some((_, best)) if best >= v => top,
        _ => Some((i, v)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::split::testing::som;

    fn balances(list: &[i64]) -> Vec<Money> {
        list.iter().map(|&m| som(m)).collect()
    }

    fn flows(payments: &[Payment]) -> Vec<(usize, usize, i64)> {
        payments.iter().map(|p| (p.from, p.to, p.amount.to_minor().unwrap_or(i64::MIN))).collect()
    }

    #[test]
    fn split_settle_nothing_to_settle() {
        assert_eq!(settle(&[], &[]), Ok(vec![]));
        assert_eq!(settle(&balances(&[0, 0]), &[]), Ok(vec![]));
    }

    #[test]
    fn split_settle_one_creditor() {
        // Айгуль paid 900 for three: Бакыт and Чынара each pay her 300.
        let payments = settle(&balances(&[600, -300, -300]), &[]).expect("settles");
        assert_eq!(flows(&payments), [(1, 0, 300), (2, 0, 300)]);
    }

    #[test]
    fn split_settle_finds_zero_sum_pairs_the_greedy_rule_misses() {
        // Greedy: −7 pays 7 … takes 4 payments; two pairs (−7, 7) and (−5, 5) with (−3, 3) need only 3.
        let list = balances(&[7, 5, 3, -7, -5, -3]);
        let exact = settle(&list, &[]).expect("settles");
        assert_eq!(flows(&exact), [(3, 0, 7), (4, 1, 5), (5, 2, 3)]);
        let list = balances(&[6, 4, -5, -5]);
        assert_eq!(settle(&list, &[]).expect("settles").len(), 3);
        let list = balances(&[10, 10, -4, -6, -7, -3]);
        assert_eq!(settle(&list, &[]).expect("settles").len(), 4, "{{10: −4 −6}}, {{10: −7 −3}}");
        assert!(settle_greedy(&list, &[]).expect("settles").len() >= 4);
    }

    #[test]
    fn split_settle_prefers_debts_that_existed() {
        // A is owed 10, B owes 5, C owes 5; B owed C before (not A), C owed A.
        // Two payments either way; B → C → A keeps B paying the person B owed.
        let list = balances(&[10, -5, -5]);
        let payments = settle(&list, &[(1, 2), (2, 0)]).expect("settles");
        assert_eq!(flows(&payments), [(1, 2, 5), (2, 0, 10)]);
        // Without the history, each debtor pays the creditor directly.
        assert_eq!(flows(&settle(&list, &[]).expect("settles")), [(1, 0, 5), (2, 0, 5)]);
    }

    #[test]
    fn split_settle_the_count_comes_before_existing_debts() {
        // A −5, B +5, C −3, D +3: A owed D and C owed B before, but two direct payments beat three along old debts.
        let list = balances(&[-5, 5, -3, 3]);
        let payments = settle(&list, &[(0, 3), (2, 1)]).expect("settles");
        assert_eq!(payments.len(), 2);
        assert_eq!(flows(&payments), [(0, 1, 5), (2, 3, 3)]);
    }

    #[test]
    fn split_settle_refuses_balances_that_do_not_sum_to_zero() {
        assert_eq!(settle(&balances(&[10, -5]), &[]), Err(SplitError::BalancesNotZero { sum: som(5) }));
        let mixed = [som(5), Money::from_minor(-5, Currency::Usd)];
        assert_eq!(
            settle(&mixed, &[]),
            Err(SplitError::CurrencyMismatch { expected: Currency::Kgs, found: Currency::Usd })
        );
    }

    #[test]
    fn split_settle_many_members_greedily() {
        // 12 members: above the limit, still at most n − 1 payments that settle everyone.
        let mut list: Vec<i64> = (1..=11).map(|i| -i * 100).collect();
        list.push(6_600);
        let payments = settle(&balances(&list), &[]).expect("settles");
        assert_eq!(payments.len(), 11);
        assert!(payments.iter().all(|p| p.to == 11));
    }

    #[test]
    fn split_settle_ten_members_exactly() {
        let list = balances(&[1, 2, 3, 4, 5, -1, -2, -3, -4, -5]);
        let payments = settle(&list, &[]).expect("settles");
        assert_eq!(payments.len(), 5);
        assert!(payments.iter().all(|p| p.from == p.to + 5));
    }
}
