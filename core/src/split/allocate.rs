//! The largest-remainder rule: a whole number of tyiyn split in given proportions, exactly.
//!
//! Each person's exact share is the rational `total × weight / Σ weights`. Everyone first gets that share rounded
//! down to the tyiyn; the tyiyns left over (fewer than the number of people) then go one each to the people with the
//! largest remainders (the largest fractions of a tyiyn cut off). **Equal remainders are broken by the order the
//! people were given: the first listed gets the tyiyn first.** So:
//!
//! - the shares always sum to the total exactly, and none is negative;
//! - each share is its exact value rounded down or up — never more than one tyiyn away from it;
//! - an equal split differs by at most one tyiyn between people, and the extra tyiyns go to the first listed;
//! - the same input always gives the same result, and each share says why it is what it is ([`Rounding`]), so a
//!   screen can say «Айгуль pays 1 tyiyn more: remainders go to the first listed».

use std::fmt;

/// Why a share is what it is under the largest-remainder rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rounding {
    /// The exact share is a whole number of tyiyn: nothing was rounded.
    Exact,
    /// Rounded up by one tyiyn: this remainder was among the largest.
    UpLargestRemainder,
    /// Rounded up by one tyiyn: the remainder tied with someone's listed later, and the first listed gets it.
    UpFirstListed,
    /// Rounded down: others' remainders were larger.
    DownSmallerRemainder,
    /// Rounded down: the remainder tied with someone's listed earlier, who got the tyiyn.
    DownListedLater,
}

impl Rounding {
    /// Whether this share is one tyiyn above its exact value rounded down.
    pub fn extra_tyiyn(self) -> bool {
        matches!(self, Rounding::UpLargestRemainder | Rounding::UpFirstListed)
    }

    /// The Fluent id of the sentence that explains it.
    pub fn message_id(self) -> &'static str {
        match self {
            Rounding::Exact => "split-rounding-exact",
            Rounding::UpLargestRemainder => "split-rounding-up-remainder",
            Rounding::UpFirstListed => "split-rounding-up-first-listed",
            Rounding::DownSmallerRemainder => "split-rounding-down-remainder",
            Rounding::DownListedLater => "split-rounding-down-listed-later",
        }
    }
}

impl fmt::Display for Rounding {
    /// The explanation in English, for `wallet split`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Rounding::Exact => "exact",
            Rounding::UpLargestRemainder => "1 tyiyn more: the leftover tyiyns go to the largest remainders",
            Rounding::UpFirstListed => "1 tyiyn more: equal remainders, the leftover tyiyns go to the first listed",
            Rounding::DownSmallerRemainder => "rounded down: others' remainders were larger",
            Rounding::DownListedLater => "rounded down: equal remainders, the leftover tyiyns go to the first listed",
        })
    }
}

/// One person's part of an allocation, in minor units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Allocation {
    pub minor: i64,
    pub rounding: Rounding,
}

/// Splits `total` minor units in proportion to `weights` by the largest-remainder rule (see the module's doc), in
/// the order of `weights`. `None` when `total` is negative or the weights sum to 0; a weight of 0 gets 0.
pub fn allocate(total: i64, weights: &[u64]) -> Option<Vec<Allocation>> {
    let total = u128::try_from(total).ok()?;
    // At most 2^64 weights of at most 2^64 − 1 each: the sum fits.
    let sum: u128 = weights.iter().map(|&w| u128::from(w)).sum();
    if sum == 0 {
        return None;
    }
    // total < 2^63 and weight < 2^64: the product fits in u128.
    let exact: Vec<(u128, u128)> = weights
        .iter()
        .map(|&w| {
            let product = total * u128::from(w);
            (product / sum, product % sum)
        })
        .collect();
    let floors: u128 = exact.iter().map(|&(floor, _)| floor).sum();
    // Σ remainders = leftover × sum and each remainder < sum, so fewer than `weights.len()` tyiyns are left over, and
    // every one of them goes to a positive remainder.
    let leftover = usize::try_from(total.checked_sub(floors)?).ok()?;
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by(|&a, &b| exact[b].1.cmp(&exact[a].1).then(a.cmp(&b)));
    let mut up = vec![false; weights.len()];
    for &index in order.iter().take(leftover) {
        up[index] = true;
    }
    // Ties matter only where the cut between rounded up and rounded down falls inside a run of equal remainders.
    let tied = match (leftover.checked_sub(1).and_then(|last| order.get(last)), order.get(leftover)) {
        (Some(&last_up), Some(&first_down)) if exact[last_up].1 == exact[first_down].1 => Some(exact[last_up].1),
        _ => None,
    };
    exact
        .iter()
        .zip(up)
        .map(|(&(floor, remainder), up)| {
            let rounding = match (remainder, up) {
                (0, _) => Rounding::Exact,
                (r, true) if Some(r) == tied => Rounding::UpFirstListed,
                (_, true) => Rounding::UpLargestRemainder,
                (r, false) if Some(r) == tied => Rounding::DownListedLater,
                (_, false) => Rounding::DownSmallerRemainder,
            };
            let minor = i64::try_from(floor + u128::from(up)).ok()?;
            Some(Allocation { minor, rounding })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minors(total: i64, weights: &[u64]) -> Vec<i64> {
        allocate(total, weights).expect("allocates").iter().map(|a| a.minor).collect()
    }

    fn roundings(total: i64, weights: &[u64]) -> Vec<Rounding> {
        allocate(total, weights).expect("allocates").iter().map(|a| a.rounding).collect()
    }

    #[test]
    fn split_equal_remainders_go_to_the_first_listed() {
        assert_eq!(minors(110_000, &[1, 1, 1]), [36_667, 36_667, 36_666]);
        assert_eq!(
            roundings(110_000, &[1, 1, 1]),
            [Rounding::UpFirstListed, Rounding::UpFirstListed, Rounding::DownListedLater]
        );
        assert_eq!(minors(100, &[1, 1, 1]), [34, 33, 33]);
        assert_eq!(minors(2, &[1, 1, 1]), [1, 1, 0], "more people than tyiyns: some pay 0");
    }

    #[test]
    fn split_larger_remainders_go_first_whatever_the_order() {
        // 100 × 1/6 = 16.67, 100 × 2/6 = 33.33, 100 × 3/6 = 50: the 0.67 rounds up.
        assert_eq!(minors(100, &[1, 2, 3]), [17, 33, 50]);
        assert_eq!(
            roundings(100, &[1, 2, 3]),
            [Rounding::UpLargestRemainder, Rounding::DownSmallerRemainder, Rounding::Exact]
        );
        assert_eq!(minors(100, &[2, 1, 3]), [33, 17, 50]);
    }

    #[test]
    fn split_exact_shares_are_not_rounded() {
        assert_eq!(minors(900, &[1, 1, 1]), [300, 300, 300]);
        assert!(roundings(900, &[1, 1, 1]).iter().all(|r| *r == Rounding::Exact && !r.extra_tyiyn()));
        assert_eq!(minors(0, &[1, 2]), [0, 0]);
        assert_eq!(minors(500, &[0, 1]), [0, 500]);
    }

    #[test]
    fn split_refuses_what_cannot_be_allocated() {
        assert_eq!(allocate(-1, &[1]), None);
        assert_eq!(allocate(100, &[0, 0]), None);
        assert_eq!(allocate(100, &[]), None);
    }

    #[test]
    fn split_the_largest_amounts_do_not_overflow() {
        let parts = minors(i64::MAX, &[u64::MAX, u64::MAX, 1]);
        assert_eq!(parts.iter().map(|&m| i128::from(m)).sum::<i128>(), i128::from(i64::MAX));
    }
}
