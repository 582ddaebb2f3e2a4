# The Breathe screen: the breathing pacer, the 5-4-3-2-1 grounding guide and muscle relaxation.

breathe-title = Breathe
breathe-subtitle = Breathing out for longer than you breathe in tells your body it is safe.

## The phases, shown large while the pacer runs.

breathe-phase-inhale = Breathe in
# Holding the breath, after breathing in or after breathing out.
breathe-phase-hold = Hold
breathe-phase-exhale = Breathe out

## The pacer.

# Shown instead of a phase before the pacer starts.
breathe-ready = Ready when you are
# Under the pacer while it runs, a session of minutes. $breath: the breath under way (1, 2, ...);
# $so_far: the time breathed so far as minutes:seconds ("1:05"); $minutes: the session's length.
breathe-progress-minutes = Breath { $breath }  -  { $so_far } of { $minutes } min
# Under the pacer while it runs, a session of a number of breaths. $breath: the breath under way;
# $breath_of: the same, never more than $breaths; $breaths: the session's length in breaths.
breathe-progress-breaths = Breath { $breath }  -  breath { $breath_of } of { $breaths }
breathe-paused = Paused
# A session that ran its whole length. $duration: minutes:seconds ("2:00").
breathe-finished-title = Well done
breathe-finished-body = You breathed slowly for { $duration }. Notice how your body feels now.

## A pattern in a few words ("in 4, hold 7, out 8 s"): seconds of each phase; a hold of 0 seconds is left out.

breathe-summary-in-out = in { $inhale }, out { $exhale } s
breathe-summary-in-hold-out = in { $inhale }, hold { $hold_in }, out { $exhale } s
breathe-summary-in-out-hold = in { $inhale }, out { $exhale }, hold { $hold_out } s
breathe-summary-in-hold-out-hold = in { $inhale }, hold { $hold_in }, out { $exhale }, hold { $hold_out } s

## Controls.

breathe-start = Start
# Tooltip of Start.
breathe-start-hint = Space starts and pauses
breathe-pause = Pause
breathe-resume = Resume
# Tooltip of Pause and Resume: the key that does the same.
breathe-space-key = Space
breathe-stop = Stop

# Heading over the list of breathing patterns (Box 4-4-4-4, Relaxing 4-7-8, ...).
breathe-pattern-heading = Pattern
# A pattern in the list. $name: the pattern's name; $summary: breathe-summary-... above.
breathe-pattern-choice = { $name }  ({ $summary })
# The same, for the pattern used by default.
breathe-pattern-choice-default = { $name }  ({ $summary })  - default
breathe-make-default = Make this the default
breathe-new-pattern = New pattern
# The name a new pattern starts with, until the person types another.
breathe-new-pattern-name = My pattern
breathe-edit-pattern = Edit pattern

## The pattern editor: a name and the seconds of each phase. The .seconds attribute names the
## number box for a screen reader.

breathe-pattern-name = Pattern name
breathe-edit-inhale = Breathe in
    .seconds = Breathe in seconds
breathe-edit-hold-in = Hold
    .seconds = Hold seconds
breathe-edit-exhale = Breathe out
    .seconds = Breathe out seconds
# Holding the breath after breathing out.
breathe-edit-hold-out = Hold after
    .seconds = Hold after seconds
breathe-save-pattern = Save pattern
breathe-delete-pattern = Delete pattern
breathe-cancel = Cancel

## Why a pattern cannot be saved. $max: the longest a phase may last (20); $secs: the seconds asked for.

breathe-error-inhale-too-long = Breathing in can last at most { $max } seconds, not { $secs }.
breathe-error-hold-in-too-long = Holding in can last at most { $max } seconds, not { $secs }.
breathe-error-exhale-too-long = Breathing out can last at most { $max } seconds, not { $secs }.
breathe-error-hold-out-too-long = Holding out can last at most { $max } seconds, not { $secs }.
breathe-error-no-breath = Breathing in or breathing out needs to last at least 1 second.
breathe-error-no-name = A pattern needs a short name.
# A warning notice. $problem: one of the breathe-error-... sentences.
breathe-not-saved = Pattern not saved: { $problem }

## Session lengths offered.

# A session of $count minutes, on a small button.
breathe-length-minutes = { $count } min
# A session of $count breaths (whole breathing cycles), on a small button.
breathe-length-breaths = { $count ->
    [one] { $count } breath
   *[other] { $count } breaths
}
breathe-length-heading = Length
breathe-reduce-motion-hint = A bar and words instead of a moving shape: Reduce motion, in Settings.

## Grounding: the five senses, one prompt at a time.

breathe-grounding-open = Grounding: 5-4-3-2-1
# Above the prompt. $number: the prompt shown (1-5); $total: how many there are (5).
breathe-grounding-progress = Grounding, { $number } of { $total }
breathe-grounding-see = Look around and name five things you can see.
breathe-grounding-touch = Notice four things you can touch or feel: your feet on the floor, the chair holding you, your hands.
breathe-grounding-hear = Listen for three things you can hear, near or far.
breathe-grounding-smell = Find two things you can smell, or bring to mind two smells you like.
breathe-grounding-taste = Notice one thing you can taste, or take a slow sip of water.
breathe-grounding-reassure = Take your time. Feel your feet on the floor.
breathe-grounding-back = Back
breathe-grounding-next = Next
breathe-grounding-done = Done
breathe-grounding-close = Close

## Progressive muscle relaxation, a section that opens.

breathe-relax-heading = Relax your muscles, one group at a time
breathe-relax-body = Sit comfortably. Starting with your feet, tense the muscles gently for about five seconds while breathing in, then let go all at once as you breathe out and notice the difference for ten seconds. Move up: calves, thighs, stomach, hands, arms, shoulders, and finally your face. Tense softly, never to the point of pain.

## The built-in breathing patterns' names, written into a new progress file in its language.

breathe-preset-1 = Box 4-4-4-4
breathe-preset-2 = Long exhale 4-4-6
breathe-preset-3 = Relaxing 4-7-8
