//! Undo and redo for ladder edits and settings: snapshots of the whole library. Snapshots are
//! cheap because the large lists (exposures, journal, pacer log) are shared between them until
//! changed.
//!
//! Only ladder edits and settings are undoable. Any other change (a recorded exposure, a journal
//! entry) clears the history, so an undo can never take away a rating recorded after the edit it
//! reverts.

use std::collections::VecDeque;

use crate::model::{LadderId, Library};

/// How many edits can be undone.
pub const UNDO_LEVELS: usize = 200;

#[derive(Debug, Clone)]
struct Entry {
    label: &'static str,
    library: Library,
    selected: Option<LadderId>,
}

/// The undo and redo stacks.
#[derive(Debug, Default)]
pub struct History {
    undo: VecDeque<Entry>,
    redo: Vec<Entry>,
}

impl History {
    /// Remembers the library as it was before an edit called `label`.
    pub fn record(&mut self, label: &'static str, before: Library, selected: Option<LadderId>) {
        self.redo.clear();
        self.undo.push_back(Entry { label, library: before, selected });
        while self.undo.len() > UNDO_LEVELS {
            self.undo.pop_front();
        }
    }

    /// Steps back: puts the earlier library (and the ladder then selected) in place and keeps
    /// the current one for redo. Returns the label of the edit undone; with nothing to undo,
    /// nothing is touched and `None` is returned.
    pub fn undo(&mut self, library: &mut Library, selected: &mut Option<LadderId>) -> Option<&'static str> {
        let entry = self.undo.pop_back()?;
        let label = entry.label;
        self.redo.push(Self::swap(entry, library, selected));
        Some(label)
    }

    /// Steps forward again after an undo; the same contract as [`History::undo`].
    pub fn redo(&mut self, library: &mut Library, selected: &mut Option<LadderId>) -> Option<&'static str> {
        let entry = self.redo.pop()?;
        let label = entry.label;
        self.undo.push_back(Self::swap(entry, library, selected));
        Some(label)
    }

    /// Puts `entry`'s library and selection in place and returns an entry holding the ones replaced.
    fn swap(mut entry: Entry, library: &mut Library, selected: &mut Option<LadderId>) -> Entry {
        std::mem::swap(&mut entry.library, library);
        std::mem::swap(&mut entry.selected, selected);
        entry
    }

    #[must_use]
    pub fn undo_label(&self) -> Option<&'static str> {
        self.undo.back().map(|e| e.label)
    }

    #[must_use]
    pub fn redo_label(&self) -> Option<&'static str> {
        self.redo.last().map(|e| e.label)
    }

    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Ladder, Rating, Timestamp};

    fn lib(n: usize) -> Library {
        let ladders = (0..n)
            .map(|i| Ladder::new(&format!("L{i}"), "", &[("step", Rating::saturating(1))], Timestamp::EPOCH))
            .collect();
        Library { ladders, ..Library::default() }
    }

    #[test]
    fn undo_then_redo_restores_exactly() {
        let mut h = History::default();
        let (a, b) = (lib(1), lib(2));
        h.record("add", a.clone(), Some(LadderId(1)));
        let (mut current, mut selected) = (b.clone(), Some(LadderId(2)));
        assert_eq!(h.undo(&mut current, &mut selected), Some("add"));
        assert_eq!((&current, selected), (&a, Some(LadderId(1))));
        assert_eq!(h.redo_label(), Some("add"));
        assert_eq!(h.redo(&mut current, &mut selected), Some("add"));
        assert_eq!((&current, selected), (&b, Some(LadderId(2))));
        assert_eq!(h.redo(&mut current, &mut selected), None);
        assert_eq!(current, b, "nothing to redo: the library stays");
    }

    #[test]
    fn with_nothing_to_undo_the_library_is_left_alone() {
        let mut h = History::default();
        let original = lib(3);
        let (mut current, mut selected) = (original.clone(), Some(LadderId(7)));
        assert_eq!(h.undo(&mut current, &mut selected), None);
        assert_eq!(h.redo(&mut current, &mut selected), None);
        assert_eq!(current, original);
        assert_eq!(selected, Some(LadderId(7)));
    }

    #[test]
    fn a_new_edit_clears_redo_and_levels_are_bounded() {
        let mut h = History::default();
        for i in 0..UNDO_LEVELS + 50 {
            h.record("edit", lib(i % 3), None);
        }
        let mut count = 0;
        let (mut current, mut selected) = (lib(0), None);
        while h.undo(&mut current, &mut selected).is_some() {
            count += 1;
        }
        assert_eq!(count, UNDO_LEVELS);
        h.record("new", lib(1), None);
        assert_eq!(h.redo_label(), None);
    }
}
