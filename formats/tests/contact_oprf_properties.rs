//! Properties of contact discovery's oblivious PRF over random numbers and random bytes off the wire: the phone's
//! unblinded tag is always the bank's tag of the number, a blind never shows the number, and no element a hostile
//! client or bank sends makes either side panic.

use proptest::prelude::*;
use rand_core::OsRng;
use wallet_formats::contact_oprf::{ContactKey, blind, is_element_hex};

fn bank(seed: u8) -> ContactKey {
    ContactKey::from_seed(&[seed; 32]).expect("a 32-byte seed")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn the_phones_tag_is_the_banks_tag_of_the_number(number in "\\+(996|77)[0-9]{9}", seed in any::<u8>()) {
        let bank = bank(seed);
        let blinded = blind(&number, &mut OsRng).expect("blinded");
        prop_assert!(is_element_hex(&blinded.element));
        prop_assert!(!blinded.element.contains(&number[1..]));
        let evaluated = bank.evaluate_blinded(&blinded.element).expect("a blinded element evaluates");
        prop_assert_eq!(blinded.finalize(&evaluated).ok(), bank.tag(&number).ok());
    }

    #[test]
    fn any_text_as_an_element_is_refused_or_evaluated_never_a_panic(text in "[0-9a-fA-F]{0,70}|.{0,70}") {
        let bank = bank(7);
        let blinded = blind("+996700654321", &mut OsRng).expect("blinded");
        let _ = bank.evaluate_blinded(&text);
        let _ = blinded.finalize(&text);
    }

    #[test]
    fn any_32_bytes_as_an_element_is_refused_or_evaluated_never_a_panic(bytes in any::<[u8; 32]>()) {
        let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        let answer = bank(7).evaluate_blinded(&hex);
        // Whatever decodes as a point evaluates to another well-formed element.
        if let Ok(evaluated) = answer {
            prop_assert!(is_element_hex(&evaluated));
        }
    }
}
