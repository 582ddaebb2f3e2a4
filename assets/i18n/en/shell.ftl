# The window around the screens: the top bar with its menus and tabs, the status bar, the
# banners every screen can show, the question asked when closing, and what the window shows
# while the progress file opens or when it cannot be used.

## The screens' names, on their tabs and as their titles.

shell-screen-ladders = Ladders
shell-screen-practice = Practice
shell-screen-breathe = Breathe
shell-screen-progress = Progress
shell-screen-journal = Journal
shell-screen-settings = Settings
shell-screen-safety = Help & safety
# What a screen reader calls the scroll bar of a screen; $screen is the screen's name above.
shell-scroll-screen = Scroll the { $screen } screen

## Keyboard shortcuts as menus and tooltips show them. $key is a key: "Z", "O", "+", "1".

shell-shortcut = Ctrl+{ $key }
shell-shortcut-shift = Ctrl+Shift+{ $key }

## The top bar.

# The button at the top right that opens the crisis lines, always visible.
shell-crisis-help = Crisis help
shell-crisis-help-hover = Crisis lines and when to get professional help (F1)

## The File menu.

shell-menu-file = File
shell-import = Import a progress file...
# Why the import item is greyed out.
shell-import-busy = An import is already open
shell-read-only-import-hover = This progress file can only be read, so nothing can be imported into it (an import is saved and backed up first).
shell-export = Export...
shell-quit = Quit

## The Edit menu. $action names the change undone or redone, in lower case ("rename ladder").

shell-menu-edit = Edit
shell-undo = Undo
shell-undo-action = Undo { $action }
shell-redo = Redo
shell-redo-action = Redo { $action }
shell-open-settings = Open Settings

## The View menu: text size and colours of this window.

shell-menu-view = View
shell-larger-text = Larger text
shell-smaller-text = Smaller text
# $percent: the text size now, as a whole number ("120").
shell-usual-size = Usual size (now { $percent } %)
shell-colours-system = Colours: follow the system
shell-colours-light = Colours: light
shell-colours-dark = Colours: dark

## The status bar at the foot of the window.

shell-status-damaged = Your file is kept unchanged until you choose.
shell-status-refused = Nothing is saved in this window.
shell-status-read-only-unsaved = Read-only: your changes are kept in this window only.
shell-status-read-only = Read-only: nothing is saved to this file.
# $error: why the save failed, a full sentence ending with a full stop.
shell-status-not-saved = Not saved yet: { $error } Trying again every few seconds.
shell-status-saving = Saving...
# $file: the name of the copy saves go to while the progress file cannot be read.
shell-status-saved-to = All changes saved to { $file }
shell-status-saved = All changes saved
# $when: the next planned practice time, as in "today at 18:30" or "Friday at 07:30".
shell-status-next-practice = Next practice: { $when }
# Tooltip of the progress file's path, at the right of the status bar.
shell-status-path-hover = Where your progress file lives

## Banners on every screen.

# While the progress file can only be read. "File > Export" names the File menu and its Export item.
shell-read-only = This progress file can only be read: it is on a read-only disk, it is marked read-only, or you may not change it. You can practise and look back as usual; what you change stays in this window until you close it. To keep it, use File > Export to save a copy.
# Buttons of the banner offering a sync tool's conflict copy for import.
shell-not-now = Not now
shell-not-now-hover = Offered again the next time Stepwise starts
shell-review = Review...
shell-review-hover = See what it would add; nothing changes until you choose Import
# The button that closes a notice, and its name for a screen reader ($text: the notice's first words).
shell-dismiss = Dismiss
shell-dismiss-name = Dismiss: { $text }

## Closing with changes that are not saved.

shell-unsaved-title = Your latest changes are not saved yet
shell-unsaved-body = They are still here in this window. Close anyway, or try saving again first?
shell-try-saving = Try saving again
shell-close-without-saving = Close without saving them
shell-read-only-close-title = Your changes are only in this window
shell-read-only-close-body = This progress file can only be read, so what you changed here cannot be saved to it. Export a copy to keep it, or close without it.
shell-export-copy = Export a copy...
shell-keep-open = Keep the window open

## While the progress file opens, or when it cannot be used.

# In the middle of the window and in the status bar.
shell-opening = Opening your progress file...
shell-damaged-title = Your progress file could not be opened
shell-damaged-subtitle = Nothing has been changed or deleted.
# "backups" is the folder's real name on disk.
shell-damaged-body = Stepwise will not write to this file until you choose what to do. Whichever you choose, an exact copy of the damaged file is kept in the backups folder beside it.
# $when: date and time the backup was taken ("Thursday 3 December 2026, 18:30");
# $ladders and $exposures: how many it holds.
shell-damaged-backup = The newest backup that opens is from { $when }: { $ladders ->
        [one] { $ladders } ladder
       *[other] { $ladders } ladders
    } and { $exposures ->
        [one] { $exposures } recorded exposure
       *[other] { $exposures } recorded exposures
    }.
shell-open-backup = Open the newest backup
shell-no-backup = No backup of this file could be opened.
# Copies Stepwise saved beside the damaged file while it could not be read. $count: how many;
# $names: their file names, separated by commas.
shell-damaged-copies = { $count ->
        [one] Stepwise also found the copy it saved beside this file while the file could not be read: { $names }. Your newest work may be there. Whichever you choose below, Stepwise then offers to merge it into your library; it stays where it is until then.
       *[other] Stepwise also found copies it saved beside this file while the file could not be read: { $names }. Your newest work may be there. Whichever you choose below, Stepwise then offers to merge each into your library; each stays where it is until then.
    }
shell-start-fresh = Start again with the starter ladders
shell-leave-and-quit = Leave the file as it is and quit
shell-refused-title = This file cannot be used here
shell-refused-subtitle = Nothing has been changed.
