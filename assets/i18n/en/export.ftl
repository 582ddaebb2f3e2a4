# Exports: the summary for a therapist (a web page and the same as Markdown text), the
# spreadsheet of exposures (CSV), the practice times for a calendar (iCalendar), and the save
# dialog's texts for each kind of export.
# The summary is read by a therapist: it speaks of "the person", never "you".
# Dates in the summary are written 2026-03-09 (the same in every language); $date, $first,
# $last and $from/$to hold such dates unless a comment says otherwise.

## The kinds of export, in the save dialog and in the confirmation once saved.
## .filter: the save dialog's file type; .title: the save dialog's title;
## .saved: what was saved, in the sentence "Saved ... to <path> (<size>)";
## .file: the suggested file name, without its extension (no spaces; $date is 2026-03-09).

export-kind-progress =
    .filter = Stepwise progress file
    .title = Export a progress file
    .saved = the progress file
    .file = stepwise-progress-{ $date }
export-kind-html =
    .filter = Web page (HTML)
    .title = Export a summary to share
    .saved = the summary
    .file = stepwise-summary-{ $date }
export-kind-csv =
    .filter = Spreadsheet (CSV)
    .title = Export exposures as a spreadsheet
    .saved = the exposures spreadsheet
    .file = stepwise-exposures-{ $date }
export-kind-markdown =
    .filter = Text with tables (Markdown)
    .title = Export the summary as text
    .saved = the summary as text
    .file = stepwise-summary-{ $date }
export-kind-calendar =
    .filter = Calendar (iCalendar)
    .title = Add your practice times to a calendar
    .saved = your practice times for a calendar
    .file = stepwise-practice-times

## Words used in several places of the summary and the spreadsheet.

export-yes = yes
export-no = no
# A range of numbers or dates: "1 to 2", "2026-03-02 to 2026-03-03".
export-range = { $from } to { $to }
# A percentage; $value is a number already written with the language's decimal separator.
export-percent = { $value } %

## The summary: title and introduction.

export-report-title = Stepwise practice summary
export-report-prepared = Prepared { $date } by Stepwise, a self-help practice tool (not a treatment). Charts first, then the details of each ladder.
# The title of the box explaining the summary.
export-report-how-to-read = How to read this
export-report-how-ratings = Anxiety is rated from 0 (calm) to 10 (panic): just before each exposure, at its peak and right after it. Each ladder breaks one fear into small steps, easiest first.
# $below: the rating an after-rating must stay under (2); $count: how many tries in a row (2 or 3).
export-report-how-mastery = A step is mastered when its after-rating was below { $below } on the last { $count } tries in a row; one higher after-rating starts the count again.
# $yes, $partly, $no: the three answers to "Did it happen?" as the app shows them ("Yes", "Partly", "No").
export-report-how-predictions = Before a try the person may write down the feared outcome and how likely it feels; afterwards, whether it happened ({ $yes }, { $partly } or { $no }; partly counts as half). The gap between the two is what the practice teaches.
# $goal: the weekly goal, a number of exposures.
export-report-how-weeks = { $goal ->
    [one] Weeks run from Monday to Sunday, local time. The weekly goal, { $goal } exposure, counts all ladders together.
   *[other] Weeks run from Monday to Sunday, local time. The weekly goal, { $goal } exposures, counts all ladders together.
}
# Before the links to each ladder's details (the web page) or their names (the text version).
export-report-contents = Details:
# The web page's name for its list of links (read by screen readers).
export-report-contents-name = Contents

## Page one: each ladder's three charts.

export-glance-heading = At a glance
export-glance-no-ladders = No ladders were chosen.
# Under a ladder's name on page one. $first and $last: the dates of its first and latest exposure.
export-glance-status = { $mastered } mastered of { $steps ->
        [one] { $steps } step
       *[other] { $steps } steps
    }; { $exposures ->
        [one] { $exposures } exposure
       *[other] { $exposures } exposures
    } from { $first } to { $last }.
# $ladders: the names of the ladders with no exposure yet, separated by semicolons.
export-glance-not-practised = Not practised yet: { $ladders }.

## Chart 1: the after-ratings of the step practised now and of the step mastered last.

export-tries-title = Anxiety after each try
# The horizontal axis and the table's first column: the try's number.
export-tries-try = Try
export-tries-y-axis = After-rating (0-10)
# A dashed line in the chart; $below is 2.
export-tries-mastery-line = Mastery line (below { $below })
# In the legend and the table: the step practised now, and the step mastered most recently.
export-tries-step-now = Step { $step } (now)
export-tries-step-mastered = Step { $step } (mastered)
# The reading under the chart's title; $reading is a sentence such as "5 tries. After-rating 7 on the first, 1 on the latest."
export-tries-reading-now = Step { $step }, practised now: { $reading }
export-tries-reading-mastered = Step { $step }, mastered last: { $reading }
export-tries-untried-now = Step { $step }, practised now: not tried yet.
export-tries-untried-mastered = Step { $step }, mastered last: not tried yet.
# The chart in words, for screen readers. $situation: the step's situation; $first, $last: try numbers;
# $values: the after-ratings, separated by commas.
export-tries-words-now = Step { $step } ({ $situation }), practised now, tries { $first } to { $last }: { $values }.
export-tries-words-mastered = Step { $step } ({ $situation }), mastered last, tries { $first } to { $last }: { $values }.
export-tries-words-line = The mastery line is at { $below }.
# $details: the sentences above.
export-tries-description = After-ratings from 0 to 10 on each try. { $details }

## Chart 2: exposures per week.

export-weeks-title = Practice each week
export-weeks-x-axis = Week
export-weeks-y-axis = Exposures
# Legend entries and table columns.
export-weeks-all-ladders = All ladders
export-weeks-this-ladder = This ladder
export-weeks-goal = Weekly goal ({ $goal })
# The practice times the plan held that week.
export-weeks-planned = Planned
# The table's first column: the week's Monday.
export-weeks-week-of = Week of
# The chart in words. $values: numbers separated by commas.
export-weeks-words = Exposures per week on this ladder, from the week of { $first } to the week of { $last }: { $values }.
export-weeks-words-none = No weeks with exposures on this ladder.
export-weeks-words-all = All ladders: { $values }.
export-weeks-words-goal = Weekly goal: { $goal }.
# $values: how many practice times were planned each week, "none" (export-weeks-words-no-plan) where there was no plan.
export-weeks-words-planned = Practice times planned: { $values }.
export-weeks-words-no-plan = none

## Chart 3: predictions and whether the feared outcome happened.

export-predictions-title = Predicted, and what happened
export-predictions-x-axis = Date
export-predictions-y-axis = Predicted % likely
# Table columns.
export-predictions-column = Predictions
export-predictions-dates = Dates
export-predictions-average = Predicted on average
export-predictions-happened = Happened
export-predictions-none = No predictions recorded on this ladder yet.
# One group of predictions in words. $count: how many predictions the group has; $numbers: their
# numbers ("4" or "1 to 2"); $dates: their dates; $predicted, $happened: percentages (numbers only).
export-predictions-words = { $count ->
    [one] Prediction
   *[other] Predictions
} { $numbers } ({ $dates }): { $predicted } % likely on average; it happened { $happened } % of the time.
# $details: the groups' sentences above.
export-predictions-description = How likely the feared outcome felt before each try (0 to 100 %), over time, with whether it happened (partly counts as half). { $details }

## A ladder's details.

export-ladder-heading = Ladder: { $title }
# $fear: the fear the person wrote (its last full stop removed); $date: when the ladder was started.
export-ladder-intro = Fear: { $fear }. Started { $date }. { $mastered } of { $steps ->
        [one] { $steps } step
       *[other] { $steps } steps
    } mastered. { $exposures ->
        [one] { $exposures } exposure
       *[other] { $exposures } exposures
    } recorded.

export-steps-heading = Steps
export-steps-step = Step
export-steps-situation = Situation
export-steps-estimate = Current estimate
export-steps-earlier = Earlier estimates
export-steps-mastered = Mastered
export-steps-exposures = Exposures
export-steps-contexts = Contexts
# An earlier estimate of the step and the date it was replaced.
export-steps-earlier-estimate = { $estimate } (until { $date })
export-steps-none = This ladder has no steps yet.
# The contexts a step was done in: how many, then their names separated by semicolons.
export-steps-contexts-all = { $count }: { $list }
# More contexts than are named: how many, then the latest three.
export-steps-contexts-latest = { $count }, the latest: { $list }
# Whether a step is mastered (the "Mastered" column).
export-steps-mastered-since = since { $date }
export-steps-mastered-lost = no (lost { $date })
export-steps-mastered-no = no

export-exposures-heading = Exposures
export-exposures-none = No exposures recorded yet.
export-exposures-date = Date
export-exposures-step = Step
# Anxiety just before, at its peak and right after the exposure.
export-exposures-before = Before
export-exposures-peak = Peak
export-exposures-after = After
# How likely the feared outcome felt, in percent.
export-exposures-predicted = Predicted %
# Whether the feared outcome happened (Yes, Partly, No).
export-exposures-happened = Happened
# What the person learned, in their words.
export-exposures-learned = Learned

export-safety-heading = Safety behaviours
export-safety-none = No safety behaviours recorded on this ladder yet.
export-safety-explained = Without: tries where the person planned to drop the behaviour and did. With: tries where they used it.
export-safety-behaviour = Safety behaviour
export-safety-tries-without = Tries without
export-safety-happened-without = Happened without
export-safety-tries-with = Tries with
export-safety-happened-with = Happened with
# How many times the feared outcome happened, and how many times it partly happened.
export-safety-partly = { $happened } (partly { $partly })

export-journal-heading = Journal
export-journal-none = No journal entries for this ladder.

## All ladders together.

export-overall-heading = All ladders together
export-plan-none = No practice times are planned.
# One practice time. $days: its days in words ("Monday, Wednesday and Friday"); $time: "18:30".
export-plan-time = { $days } at { $time }
# The same, for a practice time tied to a ladder ($ladder: its name).
export-plan-time-ladder = { $days } at { $time } ({ $ladder })
# $times: the practice times above, separated by semicolons; $count: practice times a week; $goal: the weekly goal.
export-plan-summary = Planned practice times (as today): { $times }. That is { $count ->
        [one] { $count } practice time
       *[other] { $count } practice times
    } a week; the weekly goal is { $goal }.
# $exposures: all exposures; $sessions: breathing pacer sessions, $own of them on their own and
# $around just before an exposure or at the safety check.
export-overall-totals = { $exposures ->
        [one] { $exposures } exposure
       *[other] { $exposures } exposures
    } in all. Breathing pacer: { $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    }, { $own } on their own and { $around } just before an exposure or at the safety check (breathing used to get through exposures can turn into a safety behaviour, so the two are counted apart).
export-overall-no-practice = No practice recorded yet.
export-weekly-heading = Practice per week
# $count: how many weeks the table shows.
export-weekly-explained = { $count ->
        [one] The last { $count } week with any practice.
       *[other] The last { $count } weeks with any practice.
    } Planned: the practice times the person's plan held that week (as it stood at the week's end; a dash before there was a plan).
export-weekly-week-of = Week of (Monday)
export-weekly-exposures = Exposures
export-weekly-planned = Planned
export-weekly-goal = Weekly goal
export-weekly-goal-met = Goal met
export-weekly-sessions = Breathing sessions
export-weekly-own = On their own
export-weekly-around = Around exposures

## The spreadsheet's column headers (CSV). Short, lower case, as a spreadsheet shows them.

export-csv-date = date
export-csv-time = time
export-csv-ladder = ladder
export-csv-step-number = step number
export-csv-step = step
# The exposure's length in minutes.
export-csv-minutes = minutes
# Anxiety just before, at its peak and right after.
export-csv-before = before
export-csv-peak = peak
export-csv-after = after
export-csv-predicted = predicted %
export-csv-feared = feared outcome
export-csv-happened = happened
export-csv-learned = learned
export-csv-safety = safety behaviours used
export-csv-difficult = difficult
export-csv-away = away from screen
# Safety behaviours the person planned to drop, and those actually dropped.
export-csv-planned-drop = planned to drop
export-csv-dropped = dropped
export-csv-place = place
export-csv-people = with whom
export-csv-different = what was different
# Ratings tapped during the exposure, each as "1:15 5" (minutes:seconds, then the rating).
export-csv-during = ratings during (minutes: rating)

## The calendar's events (iCalendar). Calendars are often shared or shown on a lock screen, so
## the title names no fear.

# The calendar's name in a calendar app.
export-ics-calendar-name = Practice
# Each event's title, and its reminder's text.
export-ics-title = Practice time
# The same, when the person chose to name the ladder ($ladder: its name).
export-ics-title-ladder = Practice time: { $ladder }
export-ics-description = A few minutes of practice, one small step. Open Stepwise when you are ready.
