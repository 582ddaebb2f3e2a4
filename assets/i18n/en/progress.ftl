## The Progress screen: its heading, the ladder picker, the sentence above the cards, the
## cards (plots, legends, axis titles, hover labels, empty states) and what a screen reader
## hears of each plot. The reading-* messages are the one-sentence readings of the plots,
## shared by the screen and the summary for a therapist.

progress-title = Progress
progress-subtitle = How your ratings change over time. Point at a line to see its dates and numbers.
progress-no-ladders = No ladders yet. Make one on the Ladders screen; its progress appears here after your first exposure. You can also import a progress file.
# Label of the ladder picker.
progress-ladder = Ladder

# The weekly plot's range: "12 weeks", "A year", "Everything".
progress-range-weeks = { $count ->
    [one] { $count } week
   *[other] { $count } weeks
}
progress-range-year = A year
progress-range-everything = Everything

# The sentence above the cards. $title is the ladder's name.
progress-summary = { $title }: { $mastered } of { $steps } { $steps ->
        [one] step
       *[other] steps
    } mastered, { $exposures ->
        [one] { $exposures } exposure
       *[other] { $exposures } exposures
    } recorded.
# Follows progress-summary. $predicted and $happened are percentages ("43").
progress-summary-predictions = Before an exposure you predicted the feared outcome at { $predicted } % on average; it happened { $happened } % of the time.

# A plot's name for a screen reader: the card's title, its one-sentence reading, and how many
# of its points are inside the area the plot shows.
progress-plot-name = { $card }: { $reading }; { $shown } of { $total } { $total ->
        [one] point
       *[other] points
    } in view

## Card: before, peak and after anxiety on each try of one step.

progress-step-title = Anxiety on each try
# Label of the step picker.
progress-step-picker = Step
progress-step-empty = No tries of this step yet. After your first one, its before, peak and after ratings appear here.
# $contexts: the contexts (place, people) the step was done in, separated by "; ".
progress-contexts-none = No context recorded for this step yet: note where and with whom before a try.
progress-contexts-one = Done in 1 context: { $contexts }.
progress-contexts-few = Done in { $count } different contexts: { $contexts }.
progress-contexts-latest = Done in { $count } different contexts, the latest: { $contexts }.
# Legend and line names.
progress-before = Before
progress-peak = Peak
progress-after = After
# $below: the after-rating a step must stay under to be mastered (2).
progress-mastery-legend = Mastery line: after-rating below { $below }
progress-mastery-line = Mastery line ({ $below })
progress-try-axis = Try
progress-anxiety-axis = Anxiety 0-10
# Hover label of a try: its number, its date ("3 Nov 2026") and its ratings.
progress-try-hover =
    Try { $index } on { $date }
    before { $before }, peak { $peak }, after { $after }
# The plot's reading for a screen reader: the step ("3. Call a shop") and reading-tries.
progress-step-reading = { $step }: { $reading }

## Card: predictions against outcomes.

progress-expectancy-title = What you predicted, and what happened
progress-expectancy-empty = No predictions yet on this ladder. Before each exposure you say how likely the feared outcome feels; those guesses and what really happened appear here.
progress-predicted-axis = Predicted %
# Hover label of a prediction: its date, how likely it felt (%), the question "Did it happen?"
# and its answer ("Yes", "Partly", "No").
progress-expectancy-hover =
    { $date }
    predicted { $predicted } %; { $question } { $answer }

## Card: practice each week.

progress-weekly-title = Practice each week
progress-weekly-empty = Nothing recorded yet. Exposures and breathing sessions are counted here, week by week.
progress-weekly-exposures-key = Exposures on this ladder
progress-weekly-breathing = Breathing sessions
progress-weekly-goal-key = Your weekly goal
progress-weekly-planned-key = Practice times planned that week
progress-per-week-axis = Per week
# Name of the bars.
progress-weekly-bars = Exposures
# Name of the marks of the practice times planned.
progress-weekly-planned = Planned
progress-weekly-goal-line = Weekly goal ({ $goal })
# Hover label of a bar of one week; $start is its Monday ("2 Nov 2026").
progress-weekly-bar-week = Week of { $start }: { $count ->
        [one] { $count } exposure
       *[other] { $count } exposures
    }
# Hover label of a bar of several weeks; $average is a decimal number ("2.5").
progress-weekly-bar-weeks = { $weeks } weeks from { $start }: { $average } exposures a week

## Card: steps mastered over time.

progress-mastered-title = Steps mastered over time
progress-mastered-empty = No exposures on this ladder yet. Each step you master is counted here.
progress-mastered-now = { $mastered } of { $steps } { $steps ->
        [one] step
       *[other] steps
    } mastered now.
progress-steps-axis = Steps
# Hover label: a date ("3 Nov 2026") and how many steps were mastered then.
progress-mastered-hover =
    { $date }
    { $mastered } mastered
progress-mastered-all = { $steps ->
        [one] All { $steps } step
       *[other] All { $steps } steps
    }
# Name of the line.
progress-mastered-line = Mastered

## Card: the estimates of each step.

progress-estimates-title = Your estimates of each step
progress-estimates-empty = This ladder has no steps yet.
progress-estimates-not-rerated = How frightening each step felt when you rated it. Re-rate the ladder now and then to see these lines change.
progress-estimates-rerated = How frightening each step felt over time; { $count } { $count ->
        [one] step
       *[other] steps
    } re-rated.
progress-estimate-axis = Estimate 0-10
# The plot's reading for a screen reader (after the card's title and a colon).
progress-estimates-reading = estimates of { $count } { $count ->
        [one] step
       *[other] steps
    } over time

## Card: safety behaviours, with and without.

progress-safety-title = Safety behaviours: with and without
progress-safety-empty = No safety behaviours recorded yet. Before an exposure you can choose one to drop; how often the feared outcome happened with and without it appears here.
progress-safety-explained = Each line counts the tries where you planned to drop it and did, and the tries where you used it.
progress-safety-more = { $count } more in the summary for a therapist.
# How often the feared outcome happened over $of tries (the clauses of the sentences below).
progress-outcome-count = it happened { $happened } of { $of ->
        [one] { $of } time
       *[other] { $of } times
    }
# The same, when it partly happened $partly times.
progress-outcome-count-partly = it happened { $happened } of { $of ->
        [one] { $of } time
       *[other] { $of } times
    }, partly { $partly }
# One safety behaviour. $name: the behaviour as in a sentence ("rehearsing what to say");
# $with and $without: progress-outcome-count when it was used, and when it was dropped.
progress-safety-with-only = With { $name }: { $with }. Not yet tried without it.
progress-safety-without-only = Without { $name }: { $without }.
progress-safety-both = Without { $name }: { $without }. With it: { $with }.

## Card: the ratings tapped during the last try.

progress-during-title = During your last try
progress-during-empty = No ratings during a try yet. While the timer runs you can tap how it feels now; the curve appears here.
progress-during-explained = Fear going down during a try is not the goal and decides nothing: staying with it, and finding out what happens, is what counts.
# The first mark of the curve's time axis (minutes).
progress-during-zero-minutes = 0 min
# The curve's name for a screen reader; $ratings: the ratings tapped, "4, 2, 1".
progress-during-name = During your last try: { $count ->
        [one] { $count } rating
       *[other] { $count } ratings
    } tapped during the timer: { $ratings }

## Date axis.

# A mark of a date axis whose marks are months apart: "Nov 2026".
progress-date-month-year = { $month_short } { $year }

## The one-sentence readings of the plots, on the screen and in the summary for a therapist
## (read by someone else: they never say "you").

# "5 tries. After-rating 7 on the first, 1 on the latest."
reading-tries = { $count ->
        [one] { $count } try
       *[other] { $count } tries
    }. After-rating { $first } on the first, { $last } on the latest.
# $below: 2; $streak: how many tries in a row.
reading-mastery-rule = Mastered when it is below { $below } on the last { $streak } { $streak ->
        [one] try
       *[other] tries
    } in a row.
# "53 predictions: 43 % likely on average; it happened 16 % of the time (a gap of 27 points)."
# $predicted, $happened and $gap are whole numbers as text; $gap_count is $gap as a number.
reading-predictions = { $count ->
        [one] { $count } prediction
       *[other] { $count } predictions
    }: { $predicted } % likely on average; it happened { $happened } % of the time (a gap of { $gap } { $gap_count ->
        [one] point
       *[other] points
    }).
# The weekly chart. $goal: the weekly goal (exposures on all ladders together).
reading-weeks = Last { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    }: { $exposures ->
        [one] { $exposures } exposure
       *[other] { $exposures } exposures
    } on this ladder (goal { $goal } a week, all ladders together), { $sessions ->
        [one] { $sessions } breathing session
       *[other] { $sessions } breathing sessions
    }.
# Follows reading-weeks when weeks are grouped into bars.
reading-weeks-grouped = Each bar is { $weeks } weeks, as an average per week.
# Follows reading-weeks when there is a plan.
reading-weeks-plan = The plan now: { $count ->
        [one] { $count } practice time
       *[other] { $count } practice times
    } a week.
