# The Ladders screen: the list of ladders, the ladder editor, its dialogs and Recently deleted;
# and the model's words around them (undo descriptions, ladder advice, edit and settings errors,
# the default words of the 0-10 scale, the default safety behaviours).

## The list of ladders

ladders-heading = Your ladders
ladders-heading-intro = Each ladder breaks one fear into small steps, from easiest to hardest.
# Shown where the editor goes when no ladder is selected.
ladders-choose = Choose a ladder on the left, or start a new one.
# Button above the list of ladders.
ladders-new-button = New ladder
# The title a ladder made with "New ladder" starts with.
ladders-new-title = New ladder
ladders-from-template = From a template
# One ladder in the list: its title, then on a second line how many of its steps are mastered.
ladders-list-item = { $title }
    { $done } of { $total } steps mastered
# A tick box under the list; $count is how many ladders are archived.
ladders-show-archived = Show archived ({ $count })
ladders-none = No ladders yet.

## The ladder editor

# A small caption above the title field.
ladders-title-label = Title
# The title field's name for a screen reader.
ladders-title-field = Ladder title
# A caption above the fear sentence's field, and that field's name for a screen reader.
ladders-fear-field = The fear, in one sentence
ladders-sort = Sort by rating
ladders-sort-hint = Order the steps from lowest to highest estimate
ladders-rerate = Re-rate ladder
ladders-rerate-hint = Give every step a fresh estimate; old ones are kept
ladders-duplicate = Duplicate
ladders-archive = Archive
ladders-unarchive = Unarchive
ladders-delete-ladder = Delete ladder
ladders-steps-intro = Steps, easiest first. Drag the dots to reorder (or Alt+Up / Alt+Down); the number is your estimate, 0-10.

## One step's row ($number: the step's place in the ladder, 1 for the first)

ladders-step-drag-hint = Drag to move this step
# The drag handle's name for a screen reader.
ladders-step-drag-name = Drag handle for step { $number }
# A badge before a mastered step.
ladders-step-mastered = Mastered
# A badge before the step the coach suggests practising next.
ladders-step-next = Next
# The step's text field, named for a screen reader.
ladders-step-name = Step { $number }
ladders-step-estimate-hint = Your estimate: how frightening this step feels, 0-10
ladders-step-estimate-name = Estimate for step { $number }
# A short button: move the step one place up.
ladders-step-up = Up
ladders-step-up-hint = Move up (Alt+Up)
ladders-step-up-name = Move step { $number } up
# A short button: move the step one place down.
ladders-step-down = Down
ladders-step-down-hint = Move down (Alt+Down)
ladders-step-down-name = Move step { $number } down
ladders-step-delete = Delete
ladders-step-delete-name = Delete step { $number }
ladders-no-steps = No steps yet. Add the easiest situation first; you can reorder later.

## Adding a step

ladders-add-heading = Add a step
# Grey hint inside the empty field for a new step.
ladders-add-hint = A concrete situation: who, where, how long
ladders-add-field = New step
# The new step's estimate slider's caption: Subjective Units of Distress, 0-10.
ladders-add-suds = SUDS
ladders-add-estimate-name = Estimate for the new step
ladders-add-button = Add step
ladders-add-advice = Each step should take 2-4 minutes and feel a little uncomfortable, not overwhelming.

## Re-rating a ladder: one step at a time, a fresh estimate for each

ladders-rerate-heading = Re-rating "{ $title }"
ladders-rerate-progress = Step { $number } of { $total }
ladders-rerate-earlier = Your earlier estimate: { $estimate }
ladders-rerate-question = How frightening does this feel now, 0 (calm) to 10 (panic)?
# A number button's name for a screen reader ($value is 0 to 10).
ladders-rerate-choice-name = Rate { $value }
ladders-rerate-back = Back
ladders-rerate-next = Next
ladders-rerate-save = Save new estimates
# Leaves the re-rating without saving.
ladders-rerate-cancel = Cancel

## The template gallery

ladders-gallery-heading = Start from a template
ladders-gallery-intro = Each template is a starting point: change any step so it fits your life.
ladders-gallery-use = Use this template
ladders-gallery-close = Close

## Asking before a delete ($days: how many days it can be restored, 30)

# $steps and $exposures are counts.
ladders-confirm-ladder = Delete the ladder "{ $title }" with its { $steps ->
        [one] { $steps } step
       *[other] { $steps } steps
    } and { $exposures ->
        [one] { $exposures } recorded exposure
       *[other] { $exposures } recorded exposures
    }? It goes to Recently deleted, under the list of ladders, where you can restore it with its exposures for { $days } days.
# $exposures is a count.
ladders-confirm-step = Delete the step "{ $situation }" with its { $exposures ->
        [one] { $exposures } recorded exposure
       *[other] { $exposures } recorded exposures
    }? It goes to Recently deleted, under the list of ladders, where you can restore it with its exposures for { $days } days.
# A paragraph after the question, when an exposure is under way on what would be deleted.
ladders-confirm-under-way = An exposure is under way on "{ $situation }". Deleting stops it, and what you have entered for it so far is not kept.
ladders-confirm-move-ladder = Move ladder to Recently deleted
ladders-confirm-move-step = Move step to Recently deleted
# Closes the question without deleting.
ladders-confirm-keep = Keep it

## Recently deleted, under the list of ladders

# A tick box that unfolds the list; $count is how many entries it has.
ladders-deleted-heading = Recently deleted ({ $count })
ladders-deleted-intro = Kept for { $days } days with their exposures, then removed for good.
ladders-deleted-ladder = Ladder "{ $title }"
ladders-deleted-step = Step "{ $situation }" of "{ $ladder }"
# Under an entry: how many exposures it has, and how many whole days are left to restore it
# (0: today is the last day).
ladders-deleted-detail = { $exposures ->
        [0] no exposures
        [one] { $exposures } exposure
       *[other] { $exposures } exposures
    }; { $days ->
        [0] last day to restore
        [one] { $days } day left to restore
       *[other] { $days } days left to restore
    }
# The same, for a step whose ladder is in Recently deleted too; $detail is the text above.
ladders-deleted-detail-blocked = { $detail }; restore its ladder first
ladders-deleted-restore = Restore
# The Restore button's name for a screen reader.
ladders-deleted-restore-ladder-name = Restore ladder { $title }
ladders-deleted-restore-step-name = Restore step { $situation }

## What undo and redo name: the Edit menu shows "Undo <this>", and a change that could not be
## made says "Could not <this>". Short, lower case.

ladders-undo-new-ladder = new ladder
ladders-undo-new-from-template = new ladder from template
ladders-undo-rename = rename ladder
ladders-undo-fear = edit fear sentence
ladders-undo-duplicate = duplicate ladder
ladders-undo-archive = archive ladder
ladders-undo-unarchive = unarchive ladder
ladders-undo-delete-ladder = delete ladder
ladders-undo-add-step = add step
ladders-undo-edit-step = edit step
ladders-undo-estimate = change estimate
ladders-undo-delete-step = delete step
ladders-undo-restore-ladder = restore ladder
ladders-undo-restore-step = restore step
ladders-undo-move-step = move step
ladders-undo-sort = sort by rating
ladders-undo-rerate = re-rate ladder
ladders-undo-weekly-goal = change weekly goal
ladders-undo-mastery-streak = change mastery streak
ladders-undo-exposure-length = change exposure length
ladders-undo-day-start = change when a day starts
ladders-undo-anchors = edit your 0-10 words
ladders-undo-reduced-motion = change reduced motion
ladders-undo-add-behaviour = add safety behaviour
ladders-undo-edit-behaviour = edit safety behaviour
ladders-undo-remove-behaviour = remove safety behaviour
ladders-undo-close-notice = close the notice
ladders-undo-practice-time = change practice time
ladders-undo-remove-practice-time = remove practice time

## Why a ladder edit was not made (shown after "Could not <what>: ")

ladders-error-no-ladder = that ladder no longer exists
ladders-error-no-step = that step no longer exists
# $max is a number of characters.
ladders-error-title-too-long = A ladder's title can be at most { $max } characters
ladders-error-fear-too-long = The fear sentence can be at most { $max } characters
ladders-error-step-too-long = A step can be at most { $max } characters
ladders-error-title-empty = A ladder's title cannot be empty
ladders-error-fear-empty = The fear sentence cannot be empty
ladders-error-step-empty = A step cannot be empty
ladders-error-not-deleted = that is no longer in Recently deleted
ladders-error-ladder-deleted = its ladder is in Recently deleted too: restore the ladder first

# A duplicated ladder's title.
ladders-copy-title = { $title } (copy)

## Advice about a ladder's shape, shown under its buttons

# $position: a step's place (1 for the first); $estimate: its estimate; $next: the next step's
# place; $next_estimate: the next step's estimate. "Sort by rating" is the button's name.
ladders-warning-out-of-order = Step { $position } is rated { $estimate }, above step { $next } ({ $next_estimate }). Ladders work best from least to most frightening: try "Sort by rating".
ladders-warning-too-few = This ladder has { $count ->
        [one] { $count } step
       *[other] { $count } steps
    }. 8 to 12 small steps make each one easier to climb.
ladders-warning-too-many = This ladder has { $count } steps. More than 12 can feel long; consider splitting it into two fears.
ladders-warning-vague = Step { $position } is very short. A concrete step says who, where and how long, so you know when it is done.

## Why a setting was not changed (shown after "Could not <what>: "); $min and $max are numbers

ladders-settings-error-weekly-goal = The weekly goal must be between { $min } and { $max }
ladders-settings-error-mastery-streak = The mastery streak must be between { $min } and { $max }
ladders-settings-error-exposure-minutes = The exposure length in minutes must be between { $min } and { $max }
ladders-settings-error-day-start = The hour a day starts must be between { $min } and { $max }
ladders-settings-error-empty-behaviour = a safety behaviour needs a few words
# $name is the safety behaviour as typed.
ladders-settings-error-duplicate-behaviour = "{ $name }" is already in your list
ladders-settings-error-too-many-behaviours = your list already has { $count } safety behaviours
# $max is a number of characters.
ladders-settings-error-too-long = keep it under { $max } characters
ladders-settings-error-no-behaviour = that safety behaviour is no longer in your list
ladders-settings-error-no-days = a practice time needs at least one day
# $time is what was asked for, as hours:minutes ("25:00").
ladders-settings-error-not-a-time = { $time } is not a time of day
ladders-settings-error-too-many-times = your plan already has { $count } practice times
ladders-settings-error-no-time = that practice time is no longer in your plan

## Where an exposure was done: "at the bakery, with a stranger" ($place and $people as typed)

ladders-context-place-people = { $place }, with { $people }
ladders-context-people = with { $people }

## The default words for 0, 5 and 10 on the anxiety scale, until the person writes their own.
## Shown as "0 is <calm>, 10 is <worst>" and beside the numbers.

ladders-anchor-calm = calm, no anxiety at all
ladders-anchor-middle = uneasy, but I can carry on
ladders-anchor-worst = the most anxious I have ever felt

## The safety behaviours a new list starts with. Each reads after "without" once its first
## letter is made lower case ("Did you manage without rehearsing what to say?").

ladders-safety-default-1 = Rehearsing what to say
ladders-safety-default-2 = Avoiding eye contact
ladders-safety-default-3 = Holding my phone or a drink
ladders-safety-default-4 = Standing near the door
ladders-safety-default-5 = Speaking quickly to get it over with
ladders-safety-default-6 = Saying as little as possible
