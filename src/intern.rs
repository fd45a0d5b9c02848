//! Shared copies of the strings that repeat across a corpus's statements (rule ids, incident
//! keys), so `compare` holds each once per thread instead of once per statement: with hundreds of
//! thousands of statements kept for pairing, the copies cost more than the statements' text.
//!
//! Must not: be used for text that varies per statement (the set only grows).

use std::cell::RefCell;
use std::sync::Arc;

use rustc_hash::FxHashSet;

thread_local! {
    static STRINGS: RefCell<FxHashSet<Arc<str>>> = RefCell::new(FxHashSet::default());
}

/// The shared copy of `s`.
pub fn intern(s: &str) -> Arc<str> {
    STRINGS.with(|set| {
        let mut set = set.borrow_mut();
        if let Some(shared) = set.get(s) {
            return shared.clone();
        }
        let shared: Arc<str> = Arc::from(s);
        set.insert(shared.clone());
        shared
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_strings_share_one_copy() {
        let a = intern("places/kazan");
        let b = intern(&String::from("places/kazan"));
        assert!(Arc::ptr_eq(&a, &b));
        assert_eq!(&*intern("claims/strike"), "claims/strike");
    }
}
