//! What the split tests share: som amounts and three friends.

use crate::domain::{Currency, Money};

pub fn som(minor: i64) -> Money {
    Money::from_minor(minor, Currency::Kgs)
}

pub fn three() -> Vec<String> {
    ["Айгуль", "Бакыт", "Чынара"].map(str::to_owned).to_vec()
}
