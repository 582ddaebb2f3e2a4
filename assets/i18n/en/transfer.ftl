# Export and import: the Export and Import buttons, the export dialog, the import preview, files
# dropped onto the window, the notices after an export or an import (transfer-...), and the
# words of a merge: what an import added, each conflict it found, why it was refused (merge-...).
# $name is a file's name ("laptop.stepwise.ron"); $path is a whole path; $error is a reason.

## The buttons over the ladders list.

transfer-import-button = Import...
transfer-import-hint = Add a Stepwise progress file's ladders and ratings (Ctrl+O)
# Tooltip of Import when the open file can only be read.
transfer-import-read-only-hover = This progress file can only be read, so nothing can be imported into it (an import is saved and backed up first).
transfer-export-button = Export...
transfer-export-hint = A summary to share, a progress file or a spreadsheet (Ctrl+E)
# Beside a spinner while the file worker works.
transfer-busy-reading = Reading the file...
transfer-busy-applying = Saving and backing up, then importing...
transfer-busy-exporting = Exporting...

## The export dialog: a choice of what to export, each with a line that explains it.

transfer-export-heading = Export
transfer-kind-html = Summary to share (web page)
    .explanation = Your ladders, ratings, learnings and the numbers behind the plots, in one page that opens in any browser. Print it or send it to your therapist.
transfer-kind-progress = Progress file
    .explanation = Everything Stepwise keeps about these ladders, in its own format: to move to another computer, keep a copy, or import later.
transfer-kind-csv = Spreadsheet of exposures (CSV)
    .explanation = One row per exposure with its date, ratings and reflection.
transfer-kind-markdown = Summary as text (Markdown)
    .explanation = The same summary as plain text with simple tables: paste it into an email or a notes app.
transfer-kind-calendar = Practice times for your calendar (iCalendar)
    .explanation = Each practice time as a weekly event with a reminder 10 minutes before. Export again after a change: the events are updated, not doubled.
# A checkbox under the calendar export, and its tooltip ("Practice time" is the events' title).
transfer-calendar-name-ladders = Name the ladder in each event
transfer-calendar-name-ladders-hint = Calendars are often shared or shown on a lock screen; without this, each event says only "Practice time".
transfer-ladders-heading = Ladders
transfer-all-ladders = All ladders
# The list of ladders' scroll bar, for a screen reader.
transfer-scroll-ladders = Scroll the list of ladders
transfer-tick-one-ladder = Tick at least one ladder.
transfer-choose-where = Choose where to save...
transfer-cancel = Cancel
# $count: the practice times in the plan (1 or more).
transfer-calendar-times = { $count ->
        [one] { $count } practice time
       *[other] { $count } practice times
    } in your plan.
transfer-calendar-no-times = No practice times yet: plan them in Settings first.

## The import: reading the file, the preview, applying it.

transfer-import-dialog-title = Import a Stepwise progress file
transfer-reading-heading = Reading the file
transfer-checking = Checking { $path } before anything changes...
transfer-importing-heading = Importing { $name }
transfer-backing-up = Saving and backing up your progress file first...
transfer-preview-heading = Import { $name }?
transfer-preview-nothing = Everything in this file is already here. Nothing would change.
transfer-close = Close
transfer-preview-intro = This is what would happen. Nothing has changed yet.
# A line of the preview for each kind: "Ladders: 2 new, 1 already here".
# $what: one of the kinds below; $counts: the transfer-preview-... counts joined by commas.
transfer-preview-line = { $what }: { $counts }
transfer-preview-ladders = Ladders
transfer-preview-exposures = Exposures
transfer-preview-journal = Journal entries
transfer-preview-sessions = Breathing sessions
transfer-preview-patterns = Breathing patterns
# How many items of a kind: new, changed by a newer edit in the file, deleted in the file after
# they were last changed here, already here, or different under the same id.
transfer-preview-new = { $count } new
transfer-preview-updated = { $count } changed by a newer edit in the file
transfer-preview-removed = { $count } deleted in the file later
transfer-preview-present = { $count } already here
transfer-preview-conflicting = { $count } different under the same id (both kept)
# Over the list of the items that differ (each is one of the merge-conflict-... descriptions).
transfer-preview-conflicts = { $count ->
        [one] { $count } item differs
       *[other] { $count } items differ
    } between your library and the file. Both versions are kept, so nothing is lost:
# The list of differences' scroll bar, for a screen reader.
transfer-scroll-differences = Scroll the list of differences
transfer-preview-settings-taken = Settings changed more recently in the file are used; the rest of yours stay.
transfer-preview-settings-kept = Your settings stay as they are.
transfer-preview-draft-ignored = The file has an exposure under way; it is not imported.
# $count: starter ladders in the file that were never practised. "From a template" is a button on the Ladders screen.
transfer-preview-unused-starters = The { $count } starter ladders here were never used; they are left out. The gallery (From a template) has them.
# "Edit > Undo": the Edit menu's Undo item.
transfer-preview-undo-note = Your progress file is backed up first, and Edit > Undo (Ctrl+Z) takes the import back.
transfer-import-confirm = Import
# The import in the Undo menu ("Undo import").
transfer-undo-import = import

## A file held over the window, and files dropped on it.

transfer-drop-busy-title = An import is open already
transfer-drop-busy-detail = Finish or cancel it first, then drop { $name } again.
transfer-drop-busy-detail-unnamed = Finish or cancel it first, then drop the file again.
transfer-drop-title = Drop { $name } to import it
transfer-drop-title-unnamed = Drop a progress file to import it
# $count: how many files are held over the window (2 or more).
transfer-drop-detail-many = { $count } files: the first is previewed; nothing changes until you choose Import.
transfer-drop-detail = You will see what it would add first; nothing changes until you choose Import.
# A file dropped while another import is under way. $dropped: the dropped file's name; $open: the other's.
transfer-dropped-busy-reading = { $dropped } was not imported: { $open } is still being read. Finish that first, then drop it again.
transfer-dropped-busy-preview = { $dropped } was not imported: the import of { $open } is still open. Finish that first, then drop it again.
transfer-dropped-busy-applying = { $dropped } was not imported: the import of { $open } is being applied. Finish that first, then drop it again.
# Several files dropped at once: the first ($name) is previewed; $count: how many others.
transfer-dropped-others-shown = Files are imported one at a time: { $name } is shown now; drop the other { $count ->
        [one] one
       *[other] { $count }
    } after it.
# The same when the first could not be read.
transfer-dropped-others-again = Files are imported one at a time: drop the other { $count ->
        [one] one again to import it
       *[other] { $count } again to import them
    }.

## Notices after an export or an import.

# $what: what was saved ("the summary"); $size: its size ("12.3 KB").
transfer-exported = Saved { $what } to { $path } ({ $size }).
transfer-size-kb = { $size } KB
transfer-size-mb = { $size } MB
# $error: a sentence saying why.
transfer-export-failed = Could not export to { $path }: { $error } Your progress file is unchanged.
transfer-not-written-open-file = { $path } is the progress file open in this window, so it was not replaced. Choose another name.
transfer-not-written-name-taken = { $path } already exists, so nothing was exported. Choose another name, or pick the file itself to replace it.
transfer-not-written-internal-error = Stepwise hit an internal error while preparing the export; nothing was written to { $path }.
transfer-worker-stopped-export = Stepwise's file worker has stopped, so nothing was exported.
transfer-worker-stopped-import = Stepwise's file worker has stopped, so nothing was imported.
transfer-import-read-only = Nothing was imported: this progress file can only be read, so nothing can be added to it (an import is saved and backed up first). You can still export.
# $error: a sentence saying why.
transfer-import-failed = Could not import { $name }: { $error } Nothing was changed.
transfer-import-open-file = { $path } is the progress file open in this window: it is already here.
transfer-import-apply-failed = Could not import { $name }: { $error } Nothing was imported.
# $summary: merge-summary (what was added); $backup: the path of the copy made first.
transfer-imported = Imported { $name }: { $summary } Your file was backed up first to { $backup }. Undo with Ctrl+Z.

## The words of a merge.

# How many of a kind: $count is the number (it chooses the form), $n the same number as shown,
# its thousands grouped ("1,200").
merge-count-ladders = { $count ->
        [one] { $n } ladder
       *[other] { $n } ladders
    }
merge-count-exposures = { $count ->
        [one] { $n } exposure
       *[other] { $n } exposures
    }
merge-count-journal = { $count ->
        [one] { $n } journal entry
       *[other] { $n } journal entries
    }
merge-count-sessions = { $count ->
        [one] { $n } breathing session
       *[other] { $n } breathing sessions
    }
merge-count-patterns = { $count ->
        [one] { $n } breathing pattern
       *[other] { $n } breathing patterns
    }
# Between the thousands of a large number ("1,200").
merge-digit-group-separator = ,

# The summary of an import: clauses joined by semicolons, its first letter made a capital:
# "2 ladders, 340 exposures new; 1 ladder changed; 1,200 exposures already here; 1 conflict
# (both versions kept)." $list: merge-count-... joined by commas.
merge-summary-new = { $list } new
merge-summary-changed = { $list } changed
merge-summary-deleted = { $list } deleted
merge-summary-already-here = { $list } already here
merge-summary-conflicts = { $count ->
        [one] { $n } conflict
       *[other] { $n } conflicts
    } (both versions kept)
merge-summary-settings = newer settings taken from the file
merge-summary-empty = Nothing to import: the file holds no data.
# When nothing changes. $clauses: the clauses above joined by semicolons.
merge-summary-nothing-new = Nothing new; { $clauses }.
merge-summary-draft-ignored = The exposure under way in the file was not imported.

# Two different items under one id. $date: a date written 2026-12-03; $step: the step's situation
# (or merge-conflict-a-step); $pattern: a breathing pattern's name.
merge-conflict-exposure = Two different records of the exposure of { $date } on "{ $step }" carry the same id (only a damaged or hand-edited file does that): both are kept, and only one is counted in your progress.
merge-conflict-a-step = a step
merge-conflict-journal-entry = The journal entry of { $date } differs between this library and the file under the same id: both versions are kept.
merge-conflict-session = The breathing session of { $date } ({ $pattern }) differs between this library and the file under the same id: both versions are kept.

# Why an import was refused: phrases that complete "Could not import <file>: ...".
# $kind: what could not be copied; $id: its id ("ladder-1f"); $tries: a number.
merge-no-free-id = no free id was left for a copy of the file's { $kind ->
        [ladder] ladder
        [exposure] exposure
        [journal] journal entry
        [session] breathing session
       *[pattern] breathing pattern
    } { $id } after { $tries } tries, and an import never leaves an item out
# $problem: what is wrong, in technical words.
merge-invalid-file = it is not a valid library ({ $problem })
merge-internal-error = Stepwise hit an internal error while merging
merge-invalid-result = together they would not make a valid library ({ $problem })
# $size: the merged file's size in MiB; $max: the largest Stepwise opens.
merge-too-large = together they would make a progress file of { $size } MiB, larger than the { $max } MiB Stepwise can open
