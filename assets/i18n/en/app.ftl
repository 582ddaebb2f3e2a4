# The application's own messages: notices about saving, backups, the progress file changed
# outside Stepwise (a sync tool bringing another computer's copy), conflict copies, the file
# worker (the background thread that reads and writes the file), file dialogs, reminders and
# the start-up entry. $name is a file's name ("library.ron"); $path and $folder are whole paths;
# $error is a technical reason from the system, in its own words.

## File dialogs.

# The open dialog's file type filters.
app-dialog-filter-progress = Stepwise progress file
app-dialog-filter-all = All files

## Opening the file.

app-worker-stopped-before-open = Stepwise's file worker stopped before it could open the file. Nothing was read or changed.
app-worker-not-started = Stepwise could not start its file worker ({ $error }). Nothing was read or changed.
# $when: the backup's date and time ("Thursday 3 December 2026, 09:30").
app-opened-backup = Opened the backup from { $when }. The damaged file was copied into the backups folder before being replaced.
app-started-fresh = Started again with the starter ladders. The damaged file was copied into the backups folder before being replaced.
app-welcome = Welcome. Your progress file was created at { $path } with four starter ladders.
# $version: the file's format version, a number.
app-older-format-read-only = Your file is in an older format (version { $version }). It is shown here brought up to date; the file itself stays as it is.
app-older-format-updated = Your file was in an older format (version { $version }); it was backed up and brought up to date.
app-open-unreadable = Could not read { $path } ({ $error }). Nothing was read or changed.
app-open-migration-backup-failed = { $path } is in an older format (version { $version }) and needs updating, but a backup could not be made first ({ $error }). Nothing was changed.
app-daily-backup-failed = Could not make today's backup in { $folder }: { $error }. Your file is fine and open.

## Edits.

# An edit that could not be made. $action: the edit's name as the Undo menu shows it
# ("rename ladder"); $reason: why ("that ladder no longer exists").
app-edit-failed = Could not { $action }: { $reason }. Nothing was changed.

## Saving. These show in the status bar or as notices.

app-worker-stopped-no-save = Stepwise's file worker has stopped, so changes cannot be saved.
app-worker-stopped-before-last-save = The file worker stopped before the last save.
app-save-not-open = The file is not open in this window, so nothing was written.
app-save-damaged-copy-failed = Could not keep a copy of the damaged file ({ $error }), so it was not replaced. Your data is kept in this window.
app-save-check-failed = Could not check { $name } before saving ({ $error }), so nothing was written. Your changes are kept in this window.
app-save-kept-changing = { $name } kept changing while Stepwise was saving, so nothing was written. Your changes are kept in this window.
app-save-copy-failed = { $name } cannot be read, and your library could not be saved beside it either ({ $error }). Your changes are kept in this window.
# Why a copy could not be saved beside an unreadable file (completes "... saved beside it ({ $error })").
app-copy-no-free-name = no free name for it was found

## Why a file changed outside Stepwise cannot be read: phrases that complete
## "library.ron was changed outside Stepwise and cannot be read (...)".

# $size: the file's size in MiB, one decimal.
app-unreadable-too-large = it is { $size } MiB, more than the 64 MiB Stepwise opens
app-unreadable-not-text = it is not a text file
app-unreadable-empty = it is empty
app-unreadable-not-progress-file = it is not a Stepwise progress file
app-unreadable-syntax = it is damaged at line { $line }, column { $column }
# $found: a format version number.
app-unreadable-newer = it was written by a newer Stepwise, format { $found }
app-unreadable-unknown-version = its format version { $found } is unknown
# $problem: what is wrong, in technical words.
app-unreadable-invalid = it holds data Stepwise cannot accept: { $problem }
app-unreadable-unmergeable = it could not be merged with your library: { $problem }
app-nothing-to-merge = nothing to merge

## The file changed outside Stepwise.

# $reason: one of the app-unreadable-... phrases; $copy: the name of the copy saved beside it.
app-outside-unreadable-diverted = { $name } was changed outside Stepwise and cannot be read ({ $reason }); it was left as it is. Your open library was saved as { $copy } beside it, and your changes are saved there until { $name } can be read again.
app-outside-unreadable-not-saved = { $name } was changed outside Stepwise and cannot be read ({ $reason }); it was left as it is. Your open library could not be saved beside it ({ $error }); your changes are kept in this window and Stepwise keeps trying.
app-readable-again = { $name } can be read again: what it holds is merged with your library, and your changes are saved there again.
# The same, when a copy was saved beside it meanwhile ($copy: its name).
app-readable-again-copy = { $name } can be read again: what it holds is merged with your library, and your changes are saved there again. { $copy } stays beside it; delete it when you no longer need it.

# One notice counts what came from another computer. When only things were added:
# "Changes from another computer were added: 1 ladder, 3 exposures." ($list: merge-count-... joined by commas).
app-outside-added = Changes from another computer were added: { $list }.
# When anything was changed or deleted too: "Changes from another computer: 1 ladder added,
# 2 ladders changed." ($list: the attributes below, joined by commas).
app-outside-changes = Changes from another computer: { $list }.
# What happened to how many of each kind ($count).
app-outside-ladders =
    .added = { $count ->
        [one] { $count } ladder added
       *[other] { $count } ladders added
    }
    .changed = { $count ->
        [one] { $count } ladder changed
       *[other] { $count } ladders changed
    }
    .deleted = { $count ->
        [one] { $count } ladder deleted
       *[other] { $count } ladders deleted
    }
    .moved = { $count ->
        [one] { $count } ladder moved to Recently deleted
       *[other] { $count } ladders moved to Recently deleted
    }
app-outside-exposures =
    .added = { $count ->
        [one] { $count } exposure added
       *[other] { $count } exposures added
    }
    .changed = { $count ->
        [one] { $count } exposure changed
       *[other] { $count } exposures changed
    }
    .deleted = { $count ->
        [one] { $count } exposure deleted
       *[other] { $count } exposures deleted
    }
app-outside-journal =
    .added = { $count ->
        [one] { $count } journal entry added
       *[other] { $count } journal entries added
    }
    .changed = { $count ->
        [one] { $count } journal entry changed
       *[other] { $count } journal entries changed
    }
    .deleted = { $count ->
        [one] { $count } journal entry deleted
       *[other] { $count } journal entries deleted
    }
app-outside-sessions =
    .added = { $count ->
        [one] { $count } breathing session added
       *[other] { $count } breathing sessions added
    }
    .changed = { $count ->
        [one] { $count } breathing session changed
       *[other] { $count } breathing sessions changed
    }
    .deleted = { $count ->
        [one] { $count } breathing session deleted
       *[other] { $count } breathing sessions deleted
    }
app-outside-patterns =
    .added = { $count ->
        [one] { $count } breathing pattern added
       *[other] { $count } breathing patterns added
    }
    .changed = { $count ->
        [one] { $count } breathing pattern changed
       *[other] { $count } breathing patterns changed
    }
    .deleted = { $count ->
        [one] { $count } breathing pattern deleted
       *[other] { $count } breathing patterns deleted
    }
app-outside-settings-changed = settings changed

## Conflict copies beside the progress file, offered in a banner with "Review" and "Not now".

# $tool: the sync tool's name ("Syncthing", "Dropbox"); $name: the progress file's name; $copy: the copy's name.
app-conflict-copy-sync-tool = { $tool } left a conflict copy of { $name } beside it: { $copy }. It may hold changes made on another computer while both saved at once. Review it to see what it would add.
app-conflict-copy-stepwise = { $copy } is the copy Stepwise saved beside { $name } while { $name } could not be read. It may hold your latest changes. Review it to see what it would add.
# A reviewed conflict copy put away. $folder: the backups folder's path.
app-filed-away = { $name } was moved into the backups folder ({ $folder }).
app-filed-away-no-folder = { $name } was moved into the backups folder.
app-filed-away-worker-stopped = { $name } was imported, but Stepwise's file worker has stopped, so it was not moved into the backups folder.
app-file-away-failed = { $name } was imported, but could not be moved into { $folder } ({ $error }); it will be offered again next time.

## The file worker stopped (a bug in Stepwise).

app-save-interrupted = The save was interrupted when Stepwise's file worker stopped. Your changes are kept in this window.
app-import-interrupted = The import of { $name } was interrupted when Stepwise's file worker stopped. Nothing was imported; try again.
app-export-interrupted = An export was interrupted when Stepwise's file worker stopped; export again to be sure the file is complete.
# "File > Export": the File menu's Export item.
app-worker-keeps-stopping = Stepwise's file worker keeps stopping (an internal error), so nothing more can be saved in this window. Your changes are kept here until it closes: export a progress file (File > Export) to keep them. The file on disk is as last saved: { $path }.
app-worker-restart-failed = Stepwise's file worker stopped and could not be started again ({ $error }). Your changes are kept in this window.
app-worker-restarted = Stepwise's file worker stopped unexpectedly (an internal error) and was started again. Your changes are kept in this window, and saving goes on.
app-worker-not-restarted = Stepwise's file worker stopped and could not be started again. Your changes are kept in this window.
app-reattach-failed = Stepwise's file worker was restarted but could not take { $name } over again: { $error }

## An internal error (a bug) while the file worker did a job.

app-internal-error-saving = Stepwise hit an internal error while saving, so the save did not finish. Your changes are kept in this window.
app-internal-error-opening = Stepwise hit an internal error while opening the file. Nothing was changed.
# Phrases that complete "Could not import <file>: ...".
app-internal-error-importing = Stepwise hit an internal error while importing
app-internal-error-reading-import = Stepwise hit an internal error while reading it
# Completes "Could not export to <path>: ...".
app-internal-error-exporting = Stepwise hit an internal error, so it may not be complete.
app-internal-error-autostart = Stepwise hit an internal error while changing the start-up entry; it may not have changed.
app-internal-error-reattach = Stepwise hit an internal error while taking the file over again. Your data is kept.
app-internal-error-filing-away = Stepwise hit an internal error while moving a conflict copy into the backups folder. Your data is kept.
app-internal-error-noting-merge = Stepwise hit an internal error while noting a merged change. Your data is kept.
# Only in Stepwise's own tests.
app-internal-error-test = Stepwise hit an internal error in a test. Your data is kept.
app-internal-error-watching = Stepwise hit an internal error while watching { $name } for changes from other computers, so it stopped watching. Saving goes on, and each save still checks the file first.

## Why a confirmed import was not applied: phrases that complete "Could not import <file>: ...".

app-import-save-first-failed = your latest changes could not be saved first ({ $error })
app-import-while-unreadable = { $name } cannot be read at the moment (it was changed outside Stepwise), so nothing is imported until it can
app-import-not-saved-first = the library was not saved first
app-import-backup-failed = your progress file could not be backed up into { $folder } first ({ $error })

## Reminders at practice times: a system notification. It can show on a lock screen or a
## shared screen, so it stays neutral: it never names a fear or a ladder.

app-reminder-title = Practice time
app-reminder-body = When you are ready: a few minutes of practice. Open Stepwise for today's step.
# The notification's action (a click on it).
app-reminder-open = Open Stepwise
# In Settings, under the reminders switch.
app-notifications-unavailable = No notification service answered on this desktop, so reminders cannot pop up here. Your practice times still show on the Today card and can go in your calendar.
app-reminder-not-shown = The last reminder could not be shown on this desktop. Your practice times still show on the Today card and can go in your calendar.
app-reminder-failed = The reminder could not be shown ({ $error }).

## "Start Stepwise when I log in" in Settings: why the start-up entry could not be changed.

app-autostart-worker-stopped = Stepwise's file worker has stopped; nothing was changed.
app-autostart-control-character = Stepwise's path holds a line break or another control character, which a start-up entry cannot hold.
app-autostart-foreign = A start-up entry that Stepwise did not write is already at { $path }. It was left as it is.
app-autostart-no-folder = { $path } has no folder.
app-autostart-folder-failed = Could not make the folder { $folder } ({ $error }).
app-autostart-write-failed = Could not write { $path } ({ $error }). Stepwise will not start with the computer.
app-autostart-remove-failed = Could not remove { $path } ({ $error }). Stepwise may still start with the computer.
