//! Property tests for every way of splitting and for settling: the sum is exact, nothing is negative, an equal split
//! is fair to the tyiyn, the same input gives the same output, and permuting the people permutes their amounts
//! (except where the documented tie-break, first listed first, decides).

use proptest::prelude::*;

use super::*;
use crate::domain::{Currency, Money};
use crate::split::testing::som;

fn people(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("Person {i}")).collect()
}

fn any_total() -> impl Strategy<Value = i64> {
    prop_oneof![1_i64..1_000, 1_i64..10_000_000, 1_i64..10_000_000_000_000]
}

fn any_tip() -> impl Strategy<Value = Option<Tip>> {
    prop_oneof![
        Just(None),
        (0_u32..=10_000).prop_map(|h| Percent::from_hundredths(h).map(Tip::Percent)),
        (0_i64..10_000_000).prop_map(|m| Some(Tip::Amount(som(m)))),
    ]
}

/// The tip the rules promise: a percentage rounded half up, or the amount.
fn expected_tip(tip: Option<&Tip>, subtotal: i64) -> i64 {
    match tip {
        None => 0,
        Some(Tip::Percent(p)) => {
            i64::try_from((i128::from(subtotal) * i128::from(p.hundredths()) + 5_000) / 10_000).unwrap_or(i64::MAX)
        }
        Some(Tip::Amount(a)) => a.to_minor().unwrap_or(i64::MAX),
    }
}

fn failed(error: SplitError) -> TestCaseError {
    TestCaseError::fail(error.to_string())
}

fn amounts(split: &Split) -> Vec<i64> {
    split.shares.iter().map(|s| s.amount_minor).collect()
}

/// Sum exact, none negative, `Money` and minor units agree, names kept in order, the flag matches the rounding.
fn check_common(split: &Split, names: &[String], subtotal: i64, tip: Option<&Tip>) -> Result<(), TestCaseError> {
    let tip = expected_tip(tip, subtotal);
    prop_assert_eq!(split.subtotal, som(subtotal));
    prop_assert_eq!(split.tip, som(tip));
    prop_assert_eq!(split.total, som(subtotal + tip));
    prop_assert_eq!(amounts(split).iter().sum::<i64>(), subtotal + tip);
    for (share, name) in split.shares.iter().zip(names) {
        prop_assert!(share.amount_minor >= 0);
        prop_assert_eq!(share.amount, som(share.amount_minor));
        prop_assert_eq!(&share.name, name);
        prop_assert_eq!(share.extra_tyiyn, share.rounding.extra_tyiyn());
    }
    prop_assert_eq!(split.shares.len(), names.len());
    Ok(())
}

/// Each share is its exact part of `grand` by `weights`, rounded down or up by one tyiyn.
fn check_within_one_tyiyn(split: &Split, weights: &[u64]) -> Result<(), TestCaseError> {
    let grand = i128::from(split.total.to_minor().unwrap_or(0));
    let sum: i128 = weights.iter().map(|&w| i128::from(w)).sum();
    for (share, &weight) in split.shares.iter().zip(weights) {
        let exact = grand * i128::from(weight);
        let paid = i128::from(share.amount_minor) * sum;
        prop_assert!(paid > exact - sum && paid < exact + sum, "{} vs {}/{}", paid, exact, sum);
        prop_assert_eq!(paid == exact, share.rounding == Rounding::Exact);
        prop_assert_eq!(paid > exact, share.extra_tyiyn);
    }
    Ok(())
}

/// Permuting the people (with their weights) gives each the same amount, except that people whose remainders tie
/// may swap the extra tyiyn (first listed first): they stay within one tyiyn, and the rest are unchanged.
fn check_permutation(original: &Split, permuted: &Split, order: &[usize]) -> Result<(), TestCaseError> {
    for (new_position, &old_position) in order.iter().enumerate() {
        let before = &original.shares[old_position];
        let after = &permuted.shares[new_position];
        prop_assert_eq!(&before.name, &after.name);
        let tie = |r: Rounding| matches!(r, Rounding::UpFirstListed | Rounding::DownListedLater);
        if tie(before.rounding) || tie(after.rounding) {
            prop_assert!((before.amount_minor - after.amount_minor).abs() <= 1);
        } else {
            prop_assert_eq!(before.amount_minor, after.amount_minor);
            prop_assert_eq!(before.rounding, after.rounding);
        }
    }
    Ok(())
}

fn permuted<T: Clone>(list: &[T], order: &[usize]) -> Vec<T> {
    order.iter().map(|&i| list[i].clone()).collect()
}

/// A list, and a random order of its positions.
fn with_order<T: Clone + std::fmt::Debug>(
    list: impl Strategy<Value = Vec<T>>,
) -> impl Strategy<Value = (Vec<T>, Vec<usize>)> {
    list.prop_flat_map(|list| {
        let n = list.len();
        (Just(list), Just((0..n).collect::<Vec<_>>()).prop_shuffle())
    })
}

/// Percentages (in hundredths) summing to exactly 100.
fn any_percentages() -> impl Strategy<Value = Vec<u32>> {
    (1_usize..10).prop_flat_map(|n| {
        proptest::collection::vec(0_u32..=10_000, n - 1).prop_map(|mut cuts| {
            cuts.push(0);
            cuts.push(10_000);
            cuts.sort_unstable();
            cuts.windows(2).map(|w| w[1] - w[0]).collect()
        })
    })
}

proptest! {
    #[test]
    fn split_equally_is_exact_and_fair(
        total in any_total(),
        n in 1_usize..15,
        tip in any_tip(),
        shift in 0_usize..15,
    ) {
        let names = people(n);
        let split = split(som(total), &names, &Mode::Equal, tip.as_ref()).map_err(failed)?;
        check_common(&split, &names, total, tip.as_ref())?;
        check_within_one_tyiyn(&split, &vec![1; n])?;
        let list = amounts(&split);
        let (min, max) = (list.iter().min().copied().unwrap_or(0), list.iter().max().copied().unwrap_or(0));
        prop_assert!(max - min <= 1);
        // The extra tyiyns go to the first listed: the amounts never rise along the list.
        prop_assert!(list.windows(2).all(|w| w[0] >= w[1]));
        // Determinism, and the amounts depend on the positions only: another order of the same people.
        prop_assert_eq!(&super::split(som(total), &names, &Mode::Equal, tip.as_ref()), &Ok(split.clone()));
        let mut rotated = names.clone();
        rotated.rotate_left(shift % n);
        let again = super::split(som(total), &rotated, &Mode::Equal, tip.as_ref()).map_err(failed)?;
        prop_assert_eq!(amounts(&again), list);
    }

    #[test]
    fn split_by_shares_is_exact_and_proportional(
        total in any_total(),
        (shares, order) in with_order(proptest::collection::vec(0_u32..20, 1..12)),
        tip in any_tip(),
    ) {
        prop_assume!(shares.iter().any(|&s| s > 0));
        let names = people(shares.len());
        let mode = Mode::Shares(shares.clone());
        let split = split(som(total), &names, &mode, tip.as_ref()).map_err(failed)?;
        check_common(&split, &names, total, tip.as_ref())?;
        let weights: Vec<u64> = shares.iter().map(|&s| u64::from(s)).collect();
        check_within_one_tyiyn(&split, &weights)?;
        prop_assert_eq!(&super::split(som(total), &names, &mode, tip.as_ref()), &Ok(split.clone()));
        let mode = Mode::Shares(permuted(&shares, &order));
        let again = super::split(som(total), &permuted(&names, &order), &mode, tip.as_ref()).map_err(failed)?;
        check_permutation(&split, &again, &order)?;
    }

    #[test]
    fn split_by_percentages_is_exact_and_proportional(
        total in any_total(),
        (hundredths, order) in with_order(any_percentages()),
        tip in any_tip(),
    ) {
        let names = people(hundredths.len());
        let percents: Vec<Percent> = hundredths.iter().filter_map(|&h| Percent::from_hundredths(h)).collect();
        let mode = Mode::Percent(percents.clone());
        let split = split(som(total), &names, &mode, tip.as_ref()).map_err(failed)?;
        check_common(&split, &names, total, tip.as_ref())?;
        let weights: Vec<u64> = hundredths.iter().map(|&h| u64::from(h)).collect();
        check_within_one_tyiyn(&split, &weights)?;
        prop_assert_eq!(&super::split(som(total), &names, &mode, tip.as_ref()), &Ok(split.clone()));
        let mode = Mode::Percent(permuted(&percents, &order));
        let again = super::split(som(total), &permuted(&names, &order), &mode, tip.as_ref()).map_err(failed)?;
        check_permutation(&split, &again, &order)?;
    }

    #[test]
    fn split_percentages_off_100_are_refused(hundredths in proptest::collection::vec(0_u32..=10_000, 1..6)) {
        let sum: u64 = hundredths.iter().map(|&h| u64::from(h)).sum();
        prop_assume!(sum != 10_000);
        let mode = Mode::Percent(hundredths.iter().filter_map(|&h| Percent::from_hundredths(h)).collect());
        prop_assert_eq!(
            split(som(100_000), &people(hundredths.len()), &mode, None),
            Err(SplitError::PercentNot100 { sum_hundredths: sum })
        );
    }

    #[test]
    fn split_by_exact_amounts_keeps_them_and_shares_the_tip(
        (exact, order) in with_order(proptest::collection::vec(0_i64..1_000_000_000, 1..12)),
        tip in any_tip(),
        off in 1_i64..1_000,
    ) {
        let total: i64 = exact.iter().sum();
        prop_assume!(total > 0);
        let names = people(exact.len());
        let mode = Mode::Exact(exact.iter().map(|&m| som(m)).collect());
        let split = split(som(total), &names, &mode, tip.as_ref()).map_err(failed)?;
        check_common(&split, &names, total, tip.as_ref())?;
        let weights: Vec<u64> = exact.iter().map(|m| m.unsigned_abs()).collect();
        check_within_one_tyiyn(&split, &weights)?;
        for (share, &own) in split.shares.iter().zip(&exact) {
            prop_assert!(share.amount_minor >= own);
        }
        prop_assert_eq!(&super::split(som(total), &names, &mode, tip.as_ref()), &Ok(split.clone()));
        let reordered = Mode::Exact(permuted(&exact, &order).into_iter().map(som).collect());
        let again = super::split(som(total), &permuted(&names, &order), &reordered, tip.as_ref()).map_err(failed)?;
        check_permutation(&split, &again, &order)?;
        // The same amounts against another total are refused, naming both.
        prop_assert_eq!(
            super::split(som(total + off), &names, &mode, None),
            Err(SplitError::ExactMismatch { sum: som(total), total: som(total + off) })
        );
    }

    #[test]
    fn split_by_items_is_exact_and_fair_per_item(
        n in 1_usize..7,
        raw_items in proptest::collection::vec((0_i64..10_000_000, 1_u32..128), 1..10),
        tip in any_tip(),
    ) {
        let names = people(n);
        let items: Vec<Item> = raw_items
            .iter()
            .enumerate()
            .map(|(i, &(price, mask))| {
                let mut chosen: Vec<usize> = (0..n).filter(|p| mask & (1 << p) != 0).collect();
                if chosen.is_empty() {
                    chosen.push(usize::try_from(mask).unwrap_or(0) % n);
                }
                Item { name: format!("Item {i}"), price: som(price), people: chosen }
            })
            .collect();
        let subtotal: i64 = raw_items.iter().map(|&(price, _)| price).sum();
        prop_assume!(subtotal > 0);
        let result = split_items(Currency::Kgs, &names, &items, tip.as_ref()).map_err(failed)?;
        check_common(&result.split, &names, subtotal, tip.as_ref())?;
        let mut own = vec![0_i64; n];
        for (item, shares) in items.iter().zip(&result.items) {
            let parts: Vec<i64> = shares.portions.iter().map(|p| p.amount_minor).collect();
            prop_assert_eq!(parts.iter().sum::<i64>(), item.price.to_minor().unwrap_or(-1));
            prop_assert!(parts.iter().all(|&p| p >= 0));
            let (min, max) = (parts.iter().min().copied().unwrap_or(0), parts.iter().max().copied().unwrap_or(0));
            prop_assert!(max - min <= 1);
            prop_assert!(parts.windows(2).all(|w| w[0] >= w[1]), "the first listed first");
            prop_assert!(shares.portions.windows(2).all(|w| w[0].person < w[1].person));
            for portion in &shares.portions {
                own[portion.person] += portion.amount_minor;
            }
        }
        for (share, &mine) in result.split.shares.iter().zip(&own) {
            prop_assert!(share.amount_minor >= mine);
            if mine == 0 {
                prop_assert_eq!(share.amount_minor, 0, "no items, no tip");
            }
        }
        prop_assert_eq!(&split_items(Currency::Kgs, &names, &items, tip.as_ref()), &Ok(result.clone()));
    }
}

/// The balances after the payments.
fn after(balances: &[i64], payments: &[Payment]) -> Vec<i64> {
    let mut left = balances.to_vec();
    for p in payments {
        let amount = p.amount.to_minor().unwrap_or(0);
        left[p.from] += amount;
        left[p.to] -= amount;
    }
    left
}

/// The largest number of zero-sum groups, by trying every partition of the non-zero balances.
fn most_zero_sum_groups(balances: &[i64]) -> usize {
    let values: Vec<i64> = balances.iter().copied().filter(|&b| b != 0).collect();
    fn visit(values: &[i64], index: usize, blocks: &mut Vec<i64>, best: &mut usize) {
        if index == values.len() {
            if blocks.iter().all(|&s| s == 0) {
                *best = (*best).max(blocks.len());
            }
            return;
        }
        for b in 0..blocks.len() {
            blocks[b] += values[index];
            visit(values, index + 1, blocks, best);
            blocks[b] -= values[index];
        }
        blocks.push(values[index]);
        visit(values, index + 1, blocks, best);
        blocks.pop();
    }
    let mut best = 0;
    visit(&values, 0, &mut Vec::new(), &mut best);
    best
}

/// Among every settlement with `count` payments on the non-zero balances, the most payments along `owed`, by trying
/// every set of `count` pairs that forms a forest of zero-sum trees.
fn most_along_existing_debts(balances: &[i64], owed: &[(usize, usize)], count: usize) -> Option<usize> {
    let members: Vec<usize> = (0..balances.len()).filter(|&i| balances[i] != 0).collect();
    let pairs: Vec<(usize, usize)> =
        (0..members.len()).flat_map(|a| (a + 1..members.len()).map(move |b| (a, b))).collect();
    let mut best = None;
    for mask in 0_u32..(1 << pairs.len()) {
        if mask.count_ones() as usize != count {
            continue;
        }
        let edges: Vec<(usize, usize)> = (0..pairs.len()).filter(|&e| mask & (1 << e) != 0).map(|e| pairs[e]).collect();
        // The side of `a` when the edge `skip` is removed.
        let side = |start: usize, skip: usize| {
            let mut seen = vec![false; members.len()];
            let mut stack = vec![start];
            seen[start] = true;
            while let Some(node) = stack.pop() {
                for (e, &(a, b)) in edges.iter().enumerate() {
                    let next = if a == node {
                        b
                    } else if b == node {
                        a
                    } else {
                        continue;
                    };
                    if e != skip && !seen[next] {
                        seen[next] = true;
                        stack.push(next);
                    }
                }
            }
            seen
        };
        let mut along = 0;
        let mut valid = true;
        for (e, &(a, b)) in edges.iter().enumerate() {
            let reach = side(a, e);
            if reach[b] {
                valid = false; // a cycle
                break;
            }
            let sum: i64 = (0..members.len()).filter(|&i| reach[i]).map(|i| balances[members[i]]).sum();
            let (from, to) = match sum.cmp(&0) {
                std::cmp::Ordering::Greater => (b, a),
                std::cmp::Ordering::Less => (a, b),
                std::cmp::Ordering::Equal => {
                    valid = false;
                    break;
                }
            };
            along += usize::from(owed.contains(&(members[from], members[to])));
        }
        // A forest of `count` edges on the members whose trees sum to zero settles them.
        let settles = valid
            && (0..members.len()).all(|start| {
                let reach = side(start, usize::MAX);
                (0..members.len()).filter(|&i| reach[i]).map(|i| balances[members[i]]).sum::<i64>() == 0
            });
        if settles {
            best = Some(best.map_or(along, |b: usize| b.max(along)));
        }
    }
    best
}

fn any_balances(max_members: usize) -> impl Strategy<Value = Vec<i64>> {
    proptest::collection::vec(
        prop_oneof![-5_i64..=5, -1_000_i64..1_000, -1_000_000_000_i64..1_000_000_000],
        0..max_members,
    )
    .prop_map(|mut list| {
        let sum: i64 = list.iter().sum();
        list.push(-sum);
        list
    })
}

fn any_owed(members: usize) -> impl Strategy<Value = Vec<(usize, usize)>> {
    proptest::collection::vec((0..members, 0..members), 0..members * 2)
}

proptest! {
    #[test]
    fn split_settle_settles_everyone_in_at_most_n_minus_1(balances in any_balances(12), owed in any_owed(13)) {
        let money: Vec<Money> = balances.iter().map(|&b| som(b)).collect();
        let nonzero = balances.iter().filter(|&&b| b != 0).count();
        let payments = settle(&money, &owed).map_err(failed)?;
        prop_assert!(after(&balances, &payments).iter().all(|&b| b == 0));
        prop_assert!(payments.len() <= nonzero.saturating_sub(1));
        prop_assert!(payments.iter().all(|p| p.from != p.to && p.amount.to_minor().is_some_and(|m| m > 0)));
        prop_assert_eq!(&settle(&money, &owed), &Ok(payments.clone()));
        let greedy = settle_greedy(&money, &owed).map_err(failed)?;
        prop_assert!(after(&balances, &greedy).iter().all(|&b| b == 0));
        prop_assert!(greedy.len() <= nonzero.saturating_sub(1));
        if nonzero <= EXACT_SEARCH_LIMIT {
            prop_assert!(payments.len() <= greedy.len(), "exact {} > greedy {}", payments.len(), greedy.len());
        }
    }

    #[test]
    fn split_settle_is_the_fewest_payments(balances in any_balances(8)) {
        let money: Vec<Money> = balances.iter().map(|&b| som(b)).collect();
        let nonzero = balances.iter().filter(|&&b| b != 0).count();
        let payments = settle(&money, &[]).map_err(failed)?;
        prop_assert_eq!(payments.len(), nonzero - most_zero_sum_groups(&balances));
    }

    #[test]
    fn split_settle_prefers_existing_debts(balances in any_balances(5), owed in any_owed(6)) {
        let money: Vec<Money> = balances.iter().map(|&b| som(b)).collect();
        let payments = settle(&money, &owed).map_err(failed)?;
        let along = payments.iter().filter(|p| owed.contains(&(p.from, p.to))).count();
        prop_assert_eq!(Some(along), most_along_existing_debts(&balances, &owed, payments.len()));
    }

    #[test]
    fn split_settle_greedily_for_large_groups(balances in any_balances(40), owed in any_owed(41)) {
        let money: Vec<Money> = balances.iter().map(|&b| som(b)).collect();
        let nonzero = balances.iter().filter(|&&b| b != 0).count();
        let payments = settle(&money, &owed).map_err(failed)?;
        prop_assert!(after(&balances, &payments).iter().all(|&b| b == 0));
        prop_assert!(payments.len() <= nonzero.saturating_sub(1));
    }
}
