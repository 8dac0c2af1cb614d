//! A country's numbering plan as libphonenumber describes it, in the shape `plan.rs` (generated) gives it: the
//! prefixes, the national number's lengths, and per length which blocks of first digits are mobile, another
//! service, or unassigned.

/// What libphonenumber's `number_type` says of every number in a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Block {
    /// Mobile, or "fixed line or mobile" (the plan cannot tell).
    Mobile,
    /// A valid number of another type: a fixed line, toll free, premium rate, VoIP …
    NotMobile,
    /// Fits the plan's general pattern, but no type's: not a valid number.
    Spare,
}

/// The blocks of the national numbers of one length, by their first `depth` digits.
pub(super) struct Blocks {
    pub length: usize,
    pub depth: usize,
    /// Sorted, not overlapping: (first, last, block) over the first `depth` digits read as a number.
    pub ranges: &'static [(u32, u32, Block)],
}

pub(super) struct Plan {
    /// libphonenumber's region code: `KG`.
    pub region: &'static str,
    pub calling_code: u16,
    /// Dialled before another country's calling code: `00`, `810`.
    pub international_prefix: &'static str,
    /// Dialled before a national number within the country: `0`, `8`.
    pub national_prefix: u8,
    /// Under a calling code several plans share (+7), the first digits of the national numbers this one owns.
    pub leading_digits: &'static [u8],
    /// The national number's lengths, shortest first (its general description's).
    pub possible_lengths: &'static [usize],
    /// Lengths only dialled within an area, without its code.
    pub local_only_lengths: &'static [usize],
    pub blocks: &'static [Blocks],
}

/// How a national number's length fits a plan (libphonenumber's `ValidationResult`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum LengthFit {
    Possible,
    LocalOnly,
    TooShort,
    TooLong,
    Invalid,
}

impl Plan {
    /// The block of a national number (ASCII digits), or None outside the plan's general pattern.
    pub fn block(&self, national: &str) -> Option<Block> {
        let blocks = self.blocks.iter().find(|b| b.length == national.len())?;
        let first: u32 = national.get(..blocks.depth)?.bytes().fold(0, |n, d| n * 10 + u32::from(d - b'0'));
        let at = blocks.ranges.partition_point(|&(_, last, _)| last < first);
        blocks.ranges.get(at).filter(|&&(from, _, _)| from <= first).map(|&(_, _, block)| block)
    }

    /// Matches the plan's general pattern (any block, valid or not).
    pub fn fits(&self, national: &str) -> bool {
        self.block(national).is_some()
    }

    pub fn length_fit(&self, national: &str) -> LengthFit {
        let length = national.len();
        let lengths = self.possible_lengths;
        if self.local_only_lengths.contains(&length) {
            LengthFit::LocalOnly
        } else if lengths.contains(&length) {
            LengthFit::Possible
        } else if lengths.first().is_some_and(|&shortest| length < shortest) {
            LengthFit::TooShort
        } else if lengths.last().is_some_and(|&longest| length > longest) {
            LengthFit::TooLong
        } else {
            LengthFit::Invalid
        }
    }

    /// Owns this national number under a shared calling code.
    pub fn owns(&self, national: &str) -> bool {
        self.leading_digits.is_empty() || national.bytes().next().is_some_and(|d| self.leading_digits.contains(&d))
    }
}

#[cfg(test)]
mod tests {
    use super::super::plan::{KG, KZ, RU};
    use super::*;

    #[test]
    fn finds_the_block_of_a_national_number() {
        assert_eq!(KG.block("555123456"), Some(Block::Mobile));
        assert_eq!(KG.block("312123456"), Some(Block::NotMobile), "a Bishkek landline");
        assert_eq!(KG.block("312581234"), Some(Block::Mobile), "a mobile inside Bishkek's landline block");
        assert_eq!(KG.block("800123456"), Some(Block::NotMobile), "toll free");
        assert_eq!(KG.block("555"), None, "too short for any block");
        assert_eq!(KG.block("155123456"), None, "outside the plan");
        assert_eq!(KZ.block("7011234567"), Some(Block::Mobile));
        assert_eq!(RU.block("9161234567"), Some(Block::Mobile));
        assert_eq!(RU.block("4951234567"), Some(Block::NotMobile));
    }

    #[test]
    fn says_how_a_length_fits() {
        assert_eq!(KG.length_fit("555123456"), LengthFit::Possible);
        assert_eq!(KG.length_fit("12345"), LengthFit::LocalOnly);
        assert_eq!(KG.length_fit("1234"), LengthFit::TooShort);
        assert_eq!(KG.length_fit("12345678901"), LengthFit::TooLong);
        assert_eq!(KZ.length_fit("12345678901"), LengthFit::Invalid, "between 10 and 14");
    }

    #[test]
    fn shares_plus_seven_by_first_digit() {
        assert!(KZ.owns("7011234567") && !KZ.owns("9161234567"));
        assert!(RU.owns("9161234567") && !RU.owns("7011234567") && !RU.owns("6011234567"));
        assert!(KG.owns("0"), "a code of its own");
    }
}
