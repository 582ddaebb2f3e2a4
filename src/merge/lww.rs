//! The two rules every merged field and list follows, the same on both computers.

use std::cmp::Ordering;
use std::collections::HashSet;
use std::fmt::Debug;
use std::hash::Hash;

use crate::model::{Order, Timestamp};

/// The newer of two versions of one field, with its change time: the later change wins; at the
/// same time, equal values are one value and different ones are settled by their text (the
/// greater wins), so both computers pick the same.
pub(super) fn newer<T: Clone + PartialEq + Debug>(a: (&T, Timestamp), b: (&T, Timestamp)) -> (T, Timestamp) {
    if a_wins(a, b) { (a.0.clone(), a.1) } else { (b.0.clone(), b.1) }
}

/// [`newer`] for a setting: at the same time, a value the person chose beats the default
/// (a library made on a new computer must not undo a choice made before change times existed).
pub(super) fn newer_setting<T: Clone + PartialEq + Debug>(
    a: (&T, Timestamp),
    b: (&T, Timestamp),
    default: &T,
) -> (T, Timestamp) {
    if a.1 == b.1 && a.0 != b.0 && (a.0 == default || b.0 == default) {
        let chosen = if a.0 == default { b } else { a };
        return (chosen.0.clone(), chosen.1);
    }
    newer(a, b)
}

fn a_wins<T: PartialEq + Debug>(a: (&T, Timestamp), b: (&T, Timestamp)) -> bool {
    match a.1.cmp(&b.1) {
        Ordering::Greater => true,
        Ordering::Less => false,
        Ordering::Equal => a.0 == b.0 || format!("{:?}", a.0) > format!("{:?}", b.0),
    }
}

/// The merged order of a list: the order changed last (by its [`Order`] stamp; the same stamp
/// means the same change, and then the greater list wins), followed by the items only the other
/// side lists, in its order; keeping only the items `keep` says are still in the list. The
/// result carries the winner's stamp when it is the winner's list, and one just above both
/// otherwise.
pub(super) fn merge_order<K: Copy + Ord + Hash>(
    a: (&[K], Order),
    b: (&[K], Order),
    keep: impl Fn(K) -> bool,
) -> (Vec<K>, Order) {
    let a_first = match a.1.cmp(&b.1) {
        Ordering::Greater => true,
        Ordering::Less => false,
        Ordering::Equal => a.0 >= b.0,
    };
    let (first, second) = if a_first { (a, b) } else { (b, a) };
    let mut seen = HashSet::with_capacity(first.0.len() + second.0.len());
    let list: Vec<K> = first.0.iter().chain(second.0).copied().filter(|k| seen.insert(*k) && keep(*k)).collect();
    // A list that is neither side's as it was gets a stamp just above both, so merging it again
    // with either side (or with a copy of either) keeps it: the merge is idempotent and
    // commutative on orders too.
    let stamp = if list.as_slice() == first.0 {
        first.1
    } else {
        Order { at: first.1.at, tag: first.1.tag.max(second.1.tag).wrapping_add(1) }
    };
    (list, stamp)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(secs: i64) -> Timestamp {
        Timestamp::from_unix_secs(secs)
    }

    #[test]
    fn the_later_change_wins_and_ties_pick_the_same_on_both_sides() {
        assert_eq!(newer((&"old", t(1)), (&"new", t(2))), ("new", t(2)));
        assert_eq!(newer((&"new", t(2)), (&"old", t(1))), ("new", t(2)));
        assert_eq!(newer((&"a", t(5)), (&"b", t(5))), newer((&"b", t(5)), (&"a", t(5))));
    }

    #[test]
    fn a_chosen_setting_beats_the_default_at_the_same_time() {
        assert_eq!(newer_setting((&10, t(0)), (&5, t(0)), &10), (5, t(0)));
        assert_eq!(newer_setting((&5, t(0)), (&10, t(0)), &10), (5, t(0)));
        assert_eq!(newer_setting((&10, t(3)), (&5, t(0)), &10), (10, t(3)), "a later change back to the default");
    }

    #[test]
    fn orders_take_the_later_change_then_append_the_rest() {
        let (old, new) = (Order { at: t(1), tag: 9 }, Order { at: t(2), tag: 1 });
        let (list, stamp) = merge_order((&[1, 2, 3][..], old), (&[3, 1][..], new), |_| true);
        assert_eq!(list, [3, 1, 2]);
        assert!(stamp > new && stamp > old, "a new list gets a stamp above both");
        let (list, stamp) = merge_order((&[1, 2][..], old), (&[2, 1][..], new), |_| true);
        assert_eq!((list, stamp), (vec![2, 1], new), "the winner's list as it was keeps its stamp");
        let (list, _) = merge_order((&[3, 1][..], new), (&[1, 2, 3][..], old), |k| k != 1);
        assert_eq!(list, [3, 2]);
        // The same change on both sides (a merged copy of it): the longer list wins.
        let (a, _) = merge_order((&[1, 2][..], old), (&[1, 2, 4][..], old), |_| true);
        let (b, _) = merge_order((&[1, 2, 4][..], old), (&[1, 2][..], old), |_| true);
        assert_eq!(a, [1, 2, 4]);
        assert_eq!(a, b);
    }
}
