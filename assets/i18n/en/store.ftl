# The progress file: what goes wrong reading or writing it, and what was kept.
# $path is the file's full path. Shown in notices, dialogs and on the terminal (stepwise --check).

# $problem is what the system said (store-io-problem).
store-read = Could not read { $path }: { $problem }. Nothing was changed.
store-write = Could not save to { $path }: { $problem }. Your changes are kept in this window and the file on disk is unchanged.
# $size is the file's size in MiB, with one decimal.
store-too-large = { $path } is { $size } MiB; Stepwise opens progress files up to 64 MiB. It was not read and is kept as it is.
store-not-text = { $path } is not a text file (invalid UTF-8 at line { $line }, column { $column }). It may be damaged; it is kept unchanged.
store-empty = { $path } is empty: there is nothing in it to read (a save or copy may have been cut short). It is kept unchanged.
# "(version:" is how a progress file begins; keep it as it is.
store-not-progress-file = { $path } is not a Stepwise progress file (those begin with "(version:"). It was not read and is kept unchanged.
# $problem is the file reader's own description, in English.
store-syntax = { $path } could not be read at line { $line }, column { $column }: { $problem }. The file is kept unchanged.
# $found and $supported are file format numbers.
store-newer-version = { $path } was written by a newer Stepwise (file format { $found }; this version reads up to { $supported }). It was not opened and is kept unchanged: update Stepwise to open it.
store-unknown-version = { $path } has format version { $found }, which Stepwise does not know. It is kept unchanged.
# $problem is one of the store-invalid-... sentences below.
store-invalid = { $path } contains data Stepwise cannot accept: { $problem }. The file is kept unchanged.
store-locked = { $path } is already open in another Stepwise window. Close that window first; this one will not change the file.
# $problem is the writer's own description, in English.
store-encode = Could not prepare the library for saving: { $problem }. The file on disk is unchanged.
# A progress file reached through a chain of symbolic links. $max is a number.
store-too-many-links = { $path } leads through more than { $max } symbolic links (they may form a loop)

# What the system said went wrong with a file, after "Could not read PATH:". English shows the
# system's own words ($system) for every $kind; another language may name these kinds itself:
# not-found, permission-denied, read-only, storage-full, quota-exceeded, file-too-large,
# is-a-directory, not-a-directory (and "other", which should keep $system).
store-io-problem = { $kind ->
   *[other] { $system }
}

## Why a progress file's contents cannot be accepted: a lower-case phrase that follows
## "contains data Stepwise cannot accept:" (store-invalid). Ids ($id, $ladder, $step, $owner,
## $pattern, $gone) and dates ($written, $started, like 2026-11-21T09:30:00Z) are as the file
## writes them, so they can be found in it.

# Which exposure a problem is in, inserted as $when into the messages below.
store-when-exposure = the exposure of { $started }
store-when-draft = the exposure under way

# The text that is too long ($what in store-invalid-too-long) or the setting out of range ($what
# in store-invalid-out-of-range). $title and $name are a ladder's or a pattern's name.
store-what-ladder-title = the title of ladder "{ $title }"
store-what-ladder-fear = the fear sentence of ladder "{ $title }"
store-what-ladder-step = a step of ladder "{ $title }"
store-what-deleted-step = a deleted step
store-what-entry = the journal entry of { $written }
store-what-pacer-pattern = the pattern name of a breathing session
store-what-feared-outcome = the feared outcome of { $when }
store-what-learned = the learning of { $when }
store-what-used-behaviour = a safety behaviour of { $when }
# The reason the person confirmed when they chose a step above the one recommended.
store-what-override-note = the override note of { $when }
store-what-planned-behaviour = a safety behaviour planned for { $when }
store-what-place = the place of { $when }
store-what-people = the people of { $when }
store-what-different = what was different in { $when }
# The person's own words for 0, 5 and 10.
store-what-anchor = one of your words for the 0-10 scale
store-what-list-behaviour = a safety behaviour in your list
store-what-contact-name = a crisis contact's name
store-what-contact-how = a crisis contact's details
store-what-pattern-name = the name of breathing pattern "{ $name }"
# How many low after-ratings in a row make a step mastered.
store-what-mastery-streak = the mastery streak
store-what-weekly-goal = the weekly goal
store-what-exposure-minutes = the exposure length in minutes
store-what-day-start = the hour a day starts

# $max is a number of characters.
store-invalid-too-long = { $what } is longer than { $max } characters
store-invalid-out-of-range = { $what } is { $value }; it must be { $min }-{ $max }

store-invalid-ladder-id = two ladders share the id { $id }
store-invalid-step-id = two steps share the id { $id }
store-invalid-deleted-step-ladder = a deleted step points at { $ladder }, which does not exist
# $gone names a ladder, step or exposure deleted for good.
store-invalid-tombstone-twice = { $gone } is listed twice as deleted for good
store-invalid-tombstone-kept = { $gone } is both kept and listed as deleted for good
store-invalid-entry-id = two journal entries share the id { $id }
store-invalid-entry-ladder = the journal entry of { $written } points at { $ladder }, which does not exist
store-invalid-pacer-id = two breathing sessions share the id { $id }
store-invalid-exposure-id = two exposures share the id { $id }
store-invalid-exposure-no-ladder = { $when } points at step { $step }, which is not in any ladder
# An exposure kept in Recently deleted with the ladder or step it was done on.
store-invalid-exposure-not-in-deleted = { $when } points at step { $step }, which is not in the deleted item it is kept with
store-invalid-exposure-wrong-ladder = { $when } says step { $step } is in { $ladder }, but that step belongs to { $owner }
store-invalid-exposure-ends-early = { $when } ends before it starts
# Ratings tapped during the timer. $count and $max are numbers.
store-invalid-during-count = { $when } has { $count } ratings during the timer; at most { $max } are kept
# $secs is a number of seconds.
store-invalid-during-late = { $when } has a rating { $secs } s into a timer of at most 4 minutes

store-invalid-draft-step = the exposure under way points at step { $step }, which is not in { $ladder }
store-invalid-draft-timer = the exposure under way has a { $secs } s timer; it must be 2-4 minutes
store-invalid-draft-paused = the exposure under way was paused for { $secs } s, which cannot be right
store-invalid-draft-no-before = the exposure under way has no before-rating
# The safety gate stops an exposure when the rating before it is 8 or more.
store-invalid-draft-past-gate = the exposure under way went past the safety gate at a rating of { $rating }
store-invalid-draft-paused-early = the exposure under way is paused before it started
store-invalid-draft-ended-early = the exposure under way is ended before it started
store-invalid-draft-paused-unstarted = the exposure under way is paused but was never started
# Ratings at which the safety gate stopped an exposure (kept for 30 days). $count is a number.
store-invalid-gate-count = { $count } gate ratings are kept; at most 1000 fit in 30 days
store-invalid-gate-low = a rating of { $rating } is kept as stopped at the safety gate, which stops at { $gate } or more

store-invalid-safety-behaviours = the list of safety behaviours has { $count }; at most { $max } are kept
store-invalid-practice-times = the plan has { $count } practice times; at most { $max } are kept
store-invalid-plan-history = the plan's history has { $count } changes; at most { $max } are kept
store-invalid-plan-per-week = the plan's history holds { $count } practice times a week, more than a plan can
store-invalid-practice-time-id = two practice times share the id { $id }
# $time is a clock time as the file holds it ("18:30", or an impossible one like "25:10").
store-invalid-practice-time-clock = a practice time is at { $time }, which is not a time of day
store-invalid-practice-time-days = the practice time at { $time } has no valid days
store-invalid-contact-how = the crisis contact "{ $name }" has no way to reach it
store-invalid-pattern-id = two breathing patterns share the id { $id }
store-invalid-pattern-phase = breathing pattern "{ $name }" has a phase of { $secs } s; at most { $max } s is allowed
store-invalid-pattern-no-breath = breathing pattern "{ $name }" has neither an inhale nor an exhale
store-invalid-default-pattern = the default breathing pattern { $pattern } does not exist

## The practice data itself (src/model).

# A ladder's title in lists and exports when it is archived.
model-archived-title = { $title } (archived)
# Asked after an exposure: did the feared outcome happen? Answered Yes, Partly or No.
model-outcome-question = Did it happen?
model-outcome-yes = Yes
model-outcome-partly = Partly
model-outcome-no = No
# A number outside its range (a rating 0-10, a likelihood 0-100 %), in a damaged file.
model-out-of-range = { $value } is outside { $min }-{ $max }
# A date in a progress file that cannot be read. $text is the text found; $problem the reader's
# description, in English.
model-not-a-date = "{ $text }" is not a date like 2026-11-21T09:30:00Z ({ $problem })
