//! Undo and redo for ladder edits: snapshots of the whole library. Snapshots are cheap because
//! the large lists (exposures, journal, pacer log) are shared between them until changed.
//!
//! Only ladder edits are undoable. Any other change (a recorded exposure, a setting) clears the
//! history, so an undo can never take away a rating recorded after the edit it reverts.

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

/// What to restore after an undo or redo.
#[derive(Debug)]
pub struct Restored {
    pub library: Library,
    pub selected: Option<LadderId>,
    pub label: &'static str,
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

    /// Steps back: returns the earlier library and keeps `current` for redo.
    pub fn undo(&mut self, current: Library, selected: Option<LadderId>) -> Option<Restored> {
        let entry = self.undo.pop_back()?;
        self.redo.push(Entry { label: entry.label, library: current, selected });
        Some(Restored { library: entry.library, selected: entry.selected, label: entry.label })
    }

    /// Steps forward again after an undo.
    pub fn redo(&mut self, current: Library, selected: Option<LadderId>) -> Option<Restored> {
        let entry = self.redo.pop()?;
        self.undo.push_back(Entry { label: entry.label, library: current, selected });
        Some(Restored { library: entry.library, selected: entry.selected, label: entry.label })
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
        h.record("add", a.clone(), None);
        let back = h.undo(b.clone(), None).unwrap();
        assert_eq!(back.library, a);
        assert_eq!(back.label, "add");
        assert_eq!(h.redo_label(), Some("add"));
        let forward = h.redo(back.library, None).unwrap();
        assert_eq!(forward.library, b);
        assert!(h.redo(forward.library, None).is_none());
    }

    #[test]
    fn a_new_edit_clears_redo_and_levels_are_bounded() {
        let mut h = History::default();
        for i in 0..UNDO_LEVELS + 50 {
            h.record("edit", lib(i % 3), None);
        }
        let mut count = 0;
        let mut current = lib(0);
        while let Some(r) = h.undo(current, None) {
            current = r.library;
            count += 1;
        }
        assert_eq!(count, UNDO_LEVELS);
        h.record("new", lib(1), None);
        assert_eq!(h.redo_label(), None);
    }
}
