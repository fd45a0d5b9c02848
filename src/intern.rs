//! Shared copies of what repeats across a corpus's statements (rule ids, incident keys, cues,
//! speakers and their names, the words of quantities' units, and whole lists of them: a statement's rule
//! ids, claim kinds, places and targets), so `compare` holds each once per thread instead of once
//! per statement: with hundreds of thousands of statements kept for pairing, the copies (and the
//! spare capacity of growable vectors) cost more than the statements' text.
//!
//! Must not: be used for text that varies per statement, like the statement itself (the sets only
//! grow: with what is interned they grow with the variety of a corpus, not its size).

use std::cell::RefCell;
use std::sync::Arc;

use rustc_hash::FxHashSet;

use crate::attribute::Speaker;

thread_local! {
    static STRINGS: RefCell<FxHashSet<Arc<str>>> = RefCell::new(FxHashSet::default());
    static ID_LISTS: RefCell<FxHashSet<Arc<[Arc<str>]>>> = RefCell::new(FxHashSet::default());
    static INDEX_LISTS: RefCell<FxHashSet<Arc<[usize]>>> = RefCell::new(FxHashSet::default());
    static SPEAKERS: RefCell<FxHashSet<Arc<Speaker>>> = RefCell::new(FxHashSet::default());
}

/// The shared copy of `items` from `set`, made on first use.
fn shared<T: ?Sized + std::hash::Hash + Eq>(
    set: &'static std::thread::LocalKey<RefCell<FxHashSet<Arc<T>>>>,
    items: &T,
    make: impl FnOnce(&T) -> Arc<T>,
) -> Arc<T> {
    set.with(|set| {
        let mut set = set.borrow_mut();
        if let Some(shared) = set.get(items) {
            return shared.clone();
        }
        let shared = make(items);
        set.insert(shared.clone());
        shared
    })
}

/// The shared copy of `s`.
pub fn intern(s: &str) -> Arc<str> {
    shared(&STRINGS, s, |s| Arc::from(s))
}

/// The shared copy of a list of interned strings (a statement's rule ids or incident keys).
pub fn intern_ids(ids: &[Arc<str>]) -> Arc<[Arc<str>]> {
    shared(&ID_LISTS, ids, |ids| Arc::from(ids))
}

/// The shared copy of a list of rule indexes (a statement's claim kinds, places or targets).
pub fn intern_indexes(indexes: &[usize]) -> Arc<[usize]> {
    shared(&INDEX_LISTS, indexes, |x| Arc::from(x))
}

/// The shared copy of a speaker: a statement holds it as one pointer, where a speaker of its own
/// took forty bytes of every statement `compare` keeps, and a corpus has few speakers.
pub fn intern_speaker(speaker: &Speaker) -> Arc<Speaker> {
    shared(&SPEAKERS, speaker, |s| Arc::new(s.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribute::SpeakerKind;

    #[test]
    fn equal_strings_share_one_copy() {
        let a = intern("places/kazan");
        let b = intern(&String::from("places/kazan"));
        assert!(Arc::ptr_eq(&a, &b));
        assert_eq!(&*intern("claims/strike"), "claims/strike");
    }

    #[test]
    fn equal_lists_share_one_copy() {
        let ids = [intern("cues/said"), intern("sources/saldo")];
        let a = intern_ids(&ids);
        let copy: Vec<Arc<str>> = vec![intern("cues/said"), intern("sources/saldo")];
        let b = intern_ids(&copy);
        assert!(Arc::ptr_eq(&a, &b));
        assert_eq!(&*a, &ids[..]);
        let k = intern_indexes(&[3, 1]);
        assert!(Arc::ptr_eq(&k, &intern_indexes(&[3, 1])));
        assert!(!Arc::ptr_eq(&k, &intern_indexes(&[1, 3])));
        assert_eq!(&*intern_indexes(&[]), &[] as &[usize]);
    }

    #[test]
    fn equal_speakers_share_one_copy() {
        let speaker = |name: &str, source: Option<usize>, kind: SpeakerKind| Speaker {
            name: intern(name),
            source,
            kind,
        };
        let a = intern_speaker(&speaker("Gusev", Some(2), SpeakerKind::Person));
        assert!(Arc::ptr_eq(
            &a,
            &intern_speaker(&speaker("Gusev", Some(2), SpeakerKind::Person))
        ));
        assert_eq!(*a, speaker("Gusev", Some(2), SpeakerKind::Person));
        for other in [
            speaker("Gusev", None, SpeakerKind::Person),
            speaker("Gusev", Some(2), SpeakerKind::Other),
            speaker("Malkov", Some(2), SpeakerKind::Person),
        ] {
            let b = intern_speaker(&other);
            assert!(!Arc::ptr_eq(&a, &b));
            assert_eq!(*b, other);
        }
    }
}
