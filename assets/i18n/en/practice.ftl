# The Practice screen, the coach's reasons (coach-) and the plan's times (plan-).

## The screen

practice-title = Practice
practice-subtitle = A short, guided exposure: two to four minutes, one small step.

# The note shown when most recent before-ratings are high.
practice-open-safety = Open Help & safety
practice-close-note = Close this note
practice-close-note-hint = It comes back in a week if your ratings stay high

# "Last time" card: the chosen step's last try. $days is 2 or more.
practice-last-time-today = Last time on this step (today)
practice-last-time-yesterday = Last time on this step (yesterday)
practice-last-time-days = Last time on this step ({ $days } days ago)
# $feared: the feared outcome in the person's words; $likelihood: 0-100;
# $outcome: the answer to "Did it happen?" ("Yes", "Partly", "No").
practice-last-prediction = You predicted: "{ $feared }" ({ $likelihood } %). Did it happen? { $outcome }
practice-last-learned = You learned: { $learned }

# The Today card.
practice-today = Today
practice-no-time-today = No practice time today.
# $times: today's practice times, "08:00, 18:30".
practice-planned-today = Planned today: { $times }.
practice-nothing-done = Nothing done yet today.
practice-done-today = Done today: { $count ->
    [one] { $count } exposure
   *[other] { $count } exposures
}.
# $when: "today at 18:30", "Friday at 18:30" (the plan- messages below).
practice-next-time = Next practice time: { $when }.
practice-no-times = No practice times yet.
practice-plan-in-settings = Plan them in Settings
# $title: the ladder's title; $step: the number of the coach's step on it.
practice-planned-ladder = Planned ladder: { $title }.
practice-planned-ladder-step = Planned ladder: { $title }: step { $step } is next.
practice-this-ladder = Practise this ladder
# $planned: practice times planned this week; $done: exposures done this week.
practice-plan-this-week = Your plan this week: { $planned ->
    [one] { $planned } practice time
   *[other] { $planned } practice times
}; done so far: { $done }.
# $done exposures this week against the weekly goal $goal.
practice-this-week = This week: { $done } of { $goal } exposures

# The banners after a part of the exposure.
practice-saved = Exposure saved
practice-done = Done
practice-breathe-first = Breathe first

# Part 1: choosing the step.
practice-no-ladder = Build a ladder on the Ladders screen first; then come back here to practise its first step.
practice-ladder = Ladder
practice-no-steps = This ladder has no steps yet. Add some on the Ladders screen.
practice-recommended-step = Recommended step: step { $step }
practice-chosen-step = Your chosen step: step { $step }
# $estimate: the step's rating before practice (0-10); $contexts: in how many different
# contexts (place and people) the step was done.
practice-estimate-contexts = Your estimate: { $estimate }; { $contexts ->
    [0] no context recorded yet
    [one] done in { $contexts } context
   *[other] done in { $contexts } different contexts
}
practice-choose-anyway = I choose this step anyway
practice-begin = Begin
practice-log-away = Log one I did away from the screen
practice-log-away-hint = For an exposure you did in the world: rate it and reflect here
practice-choose-another = Choose another step
# One step in the "Choose another step" list. $contexts: how many contexts it was done in
# (0: none said); $status: mastered, recommended or none.
practice-step-row = { $number }. { $situation } (estimate { $estimate }){ $contexts ->
        [0] {""}
        [one] , { $contexts } context
       *[other] , { $contexts } contexts
    }{ $status ->
        [mastered] {" - mastered"}
        [recommended] {" - recommended"}
       *[none] {""}
    }

# The heading of each part of the exposure under way.
practice-part-rate = Part 2 of 5: how do you feel now?
practice-part-expect = Part 3 of 5: what do you expect?
practice-part-do = Part 4 of 5: do it
practice-part-reflect = Part 5 of 5: reflect

# Screen-reader names of the 0-10 rating buttons: "Now 3", "Peak 5".
practice-rating-now = Now
practice-rating-during = During
practice-rating-after = After
practice-rating-peak = Peak
# Beside a chosen rating: "7: near 5, uneasy, but I can carry on". $text: the person's
# words for the nearest anchor $point (0, 5 or 10).
practice-anchor-near = { $n }: near { $point }, { $text }

practice-cancel = Cancel this exposure
practice-discard-question = Discard this exposure and what you wrote for it?
practice-discard = Discard it
practice-keep-going = Keep going

# Part 2: the rating now, and the safety gate.
practice-not-now = Not now
practice-breathe-pacer = Breathe with the pacer
practice-try-grounding = Try grounding
practice-stop-today = Stop here for today
practice-settled = I have settled: rate again
# $calm and $worst: the person's words for 0 and 10.
practice-how-anxious-now = How anxious are you right now? 0 is { $calm }, 10 is { $worst }.
practice-normal-rating = A rating of 2 to 4 is normal and expected: it means this step matters to you.
practice-in-crisis = I'm in crisis right now
practice-continue = Continue

# Part 3: the prediction.
practice-feared-question = What do you fear will happen? One sentence is enough.
practice-feared-hint = They will think I am odd
practice-feared-name = Feared outcome
practice-likelihood-question = How likely does it feel? { $likelihood } %
practice-likelihood-name = Likelihood
practice-compare-later = After the exposure you will see how your prediction compared with what happened.
practice-drop-question = Which safety behaviour will you drop this time? (optional)
# Screen-reader name of a safety behaviour's button; $behaviour as the person wrote it.
practice-drop-name = Drop: { $behaviour }
practice-context-question = Where, and with whom? (optional: it shows which settings you have practised in)
# Short labels before the context fields (they sit in a narrow column).
practice-where = Where
practice-with-whom = With whom
practice-what-is-new = What is new
# Screen-reader names of the context fields.
practice-place-name = Place
practice-people-name = People
practice-different-name = What is different this time
# Examples shown in the empty fields.
practice-place-hint = at the bakery
practice-people-hint = a shop assistant
practice-different-hint = a time of day, a person, no phone...

# Part 4: doing it.
practice-you-predicted = You predicted: "{ $feared }" ({ $likelihood } %).
# $behaviours: the safety behaviours to drop, "rehearsing what to say or avoiding eye contact".
practice-without = This time, without { $behaviours }.
practice-timer = Timer:
practice-minutes-short = { $count } min
practice-start-timer = Start timer
practice-did-it-away = I did it away from the screen
# $time: minutes and seconds left, "2:05".
practice-time-left = { $time } left
practice-paused = Paused
practice-resume = Resume
practice-pause = Pause
practice-finished = I'm done
practice-stop-early = Stop early
practice-stop-early-hint = That is allowed; it will be marked as a hard one
practice-how-now = How is it now? (optional, tap any time)
# $ratings: the ratings tapped so far, "6, 4".
practice-so-far = So far: { $ratings }
practice-notice-body = Notice what your body does, without fighting it. The aim is not to feel no anxiety, but to find out that you can feel it and still do this.

# Part 5: the reflection.
practice-time-up = Time is up. Take a breath; then, when you are ready:
practice-how-anxious-after = How anxious are you now?
practice-highest = What was the highest it got during the exposure?
practice-you-feared = You feared: "{ $feared }". Did it happen?
practice-learned-question = What did you learn?
practice-learned-hint = I can feel nervous and still speak up
practice-learned-name = What I learned
# $behaviour: a safety behaviour in the middle of a sentence ("rehearsing what to say").
practice-managed-question = Did you manage without { $behaviour }?
practice-yes = Yes
practice-not-this-time = Not this time
# Screen-reader name of the answer buttons: "Without Rehearsing what to say: Yes".
practice-managed-name = Without { $behaviour }: { $answer }
practice-crept-in = Did other safety behaviours creep in? (optional)
practice-something-else = Something else
practice-other-behaviour-name = Other safety behaviour
practice-felt-hard = This one felt hard
practice-save = Save exposure
practice-needed = Every rating, the outcome and a line on what you learned are needed to save.
practice-needed-drops = Every rating, the outcome, a line on what you learned and an answer for each safety behaviour are needed to save.

## What the exposure's rules say (problems, and the acknowledgement)

practice-error-no-step = that step is no longer on the ladder
practice-error-wrong-stage = this part of the exposure is already done
practice-feared-empty = Write in a few words what you fear will happen.
# $count: the most characters allowed.
practice-too-long = Keep it under { $count } characters.
practice-behaviour-too-long = Keep each safety behaviour under { $count } characters.
practice-context-too-long = Keep the place and the people under { $count } characters each.
practice-different-too-long = Keep what was different under { $count } characters.
practice-during-limit = { $count } ratings are kept for one exposure; that is plenty.
practice-missing-before = Please add how anxious you were before before saving.
practice-missing-after = Please add how anxious you are now before saving.
practice-missing-peak = Please add the highest your anxiety got before saving.
practice-missing-outcome = Please add whether the feared outcome happened before saving.
practice-missing-learned = Please add a line on what you learned before saving.
practice-missing-managed = Please add whether you managed without { $behaviour } before saving.
practice-peak-below-after = The highest rating ({ $peak }) cannot be below how you feel now ({ $after }).

# The acknowledgement after saving: its sentences, in this order.
practice-ack-did-it = You did it.
practice-ack-went-down = Your anxiety went from { $before } to { $after }.
practice-ack-same = Your anxiety was { $before } before and { $after } after: you stayed with it.
practice-ack-rose = Your anxiety rose from { $before } to { $after }, and you still did it. That takes courage.
# $likelihood: how likely the feared outcome felt, 0-100.
practice-ack-did-not-happen = You predicted a { $likelihood } % chance of what you feared; it didn't happen.
practice-ack-partly = You predicted { $likelihood } %; it only partly happened, and you got through it.
practice-ack-happened = What you feared happened, and you got through it. That is worth knowing too.
practice-ack-without = And you did it without { $behaviours }.
# Two safety behaviours as alternatives: "rehearsing what to say or avoiding eye contact"
# (a third is added the same way).
practice-or = { $first } or { $second }

## The coach's reasons. "Done" about a step means mastered: its after-rating (anxiety after
## an exposure) was below $below on $streak tries in a row.

coach-empty-ladder = This ladder has no steps yet. Add a few small situations, easiest first, and the coach will suggest where to begin.
coach-first-step = Start with step 1, the easiest on this ladder (your estimate: { $estimate }). A step is done when { $streak } after-ratings in a row are below { $below }; then the next one opens.
# $steps: how many steps the ladder has; $step: the one suggested now.
coach-maintenance = Every step on this ladder is done: each of its { $steps } steps has had { $streak } after-ratings in a row below { $below }. Well done! Now keep it that way: now and then (once or twice a week is plenty) practise a done step in a new place or with new people. Step { $step } has waited longest.
# $afters: the after-ratings, "1, 1, 0"; $below_step: the step just done.
coach-advance = Step { $step } is next: your last { $streak } after-ratings on step { $below_step } were { $afters }. Step { $below_step } is done. Well done!
coach-first-try = Start with step 1, the easiest on this ladder (your estimate: { $estimate }). You have not tried it yet, and steps are taken in order.
coach-next-untried = Step { $step } is next: your last { $streak } after-ratings on step { $below_step } were { $afters }, and you have not tried step { $step } yet.
coach-stay = Stay with step { $step } for now: your last after-ratings there were { $afters } (a step is done when { $streak } in a row are below { $below }).
coach-next = Step { $step } is next: your last after-ratings there were { $afters } (a step is done when { $streak } in a row are below { $below }).

# After a difficult try. $ratings: "(before 3, after 6)" (coach-ratings below).
coach-ratings = (before { $before }, after { $after })
coach-ratings-marked = (before { $before }, after { $after }, marked as difficult)
# $lowest: the lowest step not yet done, below the one tried.
coach-back-to-lowest = Your last try at step { $step } was hard { $ratings }, and step { $lowest } is not done yet. Go back to step { $lowest } for now and vary it a little: a different place, person or time. Steps are taken in order, one at a time.
coach-very-hard = Your last try at step { $step } was very hard { $ratings }.
# $first and $ratings: the two tries' ratings, in order.
coach-twice-hard = Your last 2 tries at step { $step } were both hard { $first } then { $ratings }.
# Follows coach-very-hard or coach-twice-hard. $previous: the step below.
coach-step-back = Go back to step { $previous } for a while and vary it a little: a different place, person or time. Step { $step } will wait for you, and hard tries are part of the practice.
coach-repeat = Your last try at step { $step } was hard { $ratings }. Try step { $step } again, varied a little: a different place, person or time. Hard tries are part of the practice.
coach-no-easier = There is no easier step below it; you could add a smaller one to the ladder.

# Added after a reason: the contexts (place and people) the step was done in, the latest 3.
# $list: "the bakery, with a stranger; the park"; $more: how many are not named.
coach-contexts-one = So far it was done in one context: { $context }.
coach-contexts-many = So far it was done in { $count } contexts: { $list }.
coach-contexts-more = So far it was done in { $count } contexts: { $list } and { $more } more.
# $behaviours: the safety behaviours used last time, "avoiding eye contact, rehearsing what to say".
coach-safety-note = It went well last time, and you still used a safety behaviour ({ $behaviours }). Next time try it without: then what goes well is yours, not the safety behaviour's.

# Daily pacing. $count: tries of this step today; $total: exposures today.
coach-limit-step = You have done this step { $count } { $count ->
        [one] time
       *[other] times
    } today ({ $total } { $total ->
        [one] exposure
       *[other] exposures
    } in all). More in one day adds tiredness, not progress: rest now and come back to it tomorrow. If you did one away from the screen, you can still log it.
coach-limit-day = You have done { $total } { $total ->
        [one] exposure
       *[other] exposures
    } today. More in one day adds tiredness, not progress: rest now and come back tomorrow. If you did one away from the screen, you can still log it.
# $ago: how long ago, "40 minutes", "1.5 hours"; $hours: the suggested spacing.
coach-spacing = Your last exposure was { $ago } ago. Spacing them about { $hours } hours apart gives each one time to sink in, so a break first is a good idea.
coach-hours = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
# $hours: a number with one decimal, "1.5".
coach-hours-decimal = { $hours } hours

# The safety gate. $rating: the rating now, 0-10; $block_at: the rating that stops an exposure (8).
coach-gate-crisis = You said you are in crisis (your rating now: { $rating } out of 10), so this exposure will not start. Looking after yourself comes first. Try slow breathing or grounding now (5-4-3-2-1 senses, feet on the floor). Please reach out to someone you trust or to a crisis line: the crisis resources are one click away.
coach-gate-blocked = Your rating right now is { $rating } out of 10. At { $block_at } or above this exposure will not start: practice helps most from a calmer place. Try slow breathing or grounding now (5-4-3-2-1 senses, feet on the floor). If you feel unsafe, the crisis resources are one click away.
coach-gate-breathe = Your rating right now is { $rating } out of 10, above the usual 2-4. A minute of slow breathing first may help. You can also start now: some anxiety is part of the practice.

# Choosing a step the coach would not pick. $above: the highest estimate that needs no confirmation (4).
coach-override-estimate = Step { $step } has an estimate of { $estimate }, above { $above }; steps around 2-4 work best.
coach-override-skips = Step { $step } skips step { $lowest }, which is not done yet (a step is done when { $streak } after-ratings in a row are below { $below }).
coach-override-confirm = You can still choose it: please confirm, and this choice will be noted with the exposure.

# When most before-ratings (anxiety before an exposure) of the last two weeks were high:
# $high of the last $total were $high_at or more.
coach-high-baseline = Your anxiety before practice has often been high lately: { $high } of your last { $total } before-ratings were { $high_at } or more. Self-guided practice works best for mild to moderate anxiety. It may be a good time to talk with a doctor or therapist; Help & safety lists where to turn. You can keep practising in the meantime.

## The plan's practice times, as the Today card and the status bar say them. $time: "18:30".

plan-today-at = today at { $time }
plan-tomorrow-at = tomorrow at { $time }
# $weekday: "Friday", within the coming week.
plan-weekday-at = { $weekday } at { $time }
# Beyond a week. $day: the day of the month (a number); $month: "December".
plan-date-at = on { $day } { $month } at { $time }
# The days of a practice time.
plan-days-none = no day
plan-days-every = every day
# $first: all days but the last, "Monday, Wednesday"; $last: "Friday".
plan-days-list = { $first } and { $last }
