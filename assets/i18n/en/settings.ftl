# The Settings screen. Each setting has a line under it saying what it does.

# Under the screen's title. $undo: the undo shortcut ("Ctrl+Z").
settings-subtitle = Your practice, your way. Each change is saved at once and can be undone with { $undo }.

## Your practice

settings-your-practice = Your practice
settings-weekly-goal = Weekly goal
# The weekly goal slider's name for a screen reader.
settings-weekly-goal-name = Exposures a week
# Beside the slider: the goal chosen.
settings-weekly-goal-value = { $count ->
        [one] { $count } exposure a week
       *[other] { $count } exposures a week
    }
settings-weekly-goal-explain = About ten small exposures a week builds confidence; when you are starting out, five is a fine aim.
# Before a row of buttons "2 in a row", "3 in a row"...: how many low after-ratings in a row master a step.
settings-streak = A step is done after
settings-streak-value = { $count } in a row
settings-streak-explain = How many after-ratings in a row must be below 2 before the next step opens. 3 is steadier, 2 quicker.
# Before a row of buttons "2 min", "3 min"...
settings-timer = Exposure timer
settings-timer-value = { $count } min
settings-timer-explain = How long the timer runs unless you change it before starting. Two to four minutes works best.
# Before a drop-down of hours: "midnight", "1:00", "2:00"...
settings-day-start = A new day starts at
settings-midnight = midnight
# The drop-down's name for a screen reader.
settings-day-start-name = Hour a new day starts
settings-day-start-explain = For night owls: practice before this hour counts for the day before, in the daily limits and the week.

## Practice times

settings-plan = When you mean to practise
settings-plan-explain = Small and often works best: for example three days a week at the same time. Today's times show on Practice.
settings-plan-none = No practice times yet.
# The day buttons of a practice time, two letters each; $day: 1 Monday ... 7 Sunday.
settings-day-short = { $day ->
        [1] Mo
        [2] Tu
        [3] We
        [4] Th
        [5] Fr
        [6] Sa
       *[7] Su
    }
# Names for a screen reader of a practice time's controls. $day: a weekday ("Saturday");
# $number: the practice time's place in the list (1, 2...).
settings-day-name = { $day } for practice time { $number }
settings-hour-name = Hour of practice time { $number }
settings-minute-name = Minutes of practice time { $number }
settings-ladder-name = Ladder of practice time { $number }
settings-remove-time = Remove practice time { $number }
# In the ladder drop-down of a practice time: no ladder in particular.
settings-any-ladder = any ladder
settings-remove = Remove
settings-add-time = Add a practice time

## Reminders and starting with the computer

settings-reminders = Reminders on this computer
settings-remind-me = Remind me at practice times
# "Practice time" is the reminder's own title.
settings-reminders-explain = While Stepwise is open, even minimised: one quiet notification at each practice time, without sound. It says only "Practice time", never what you practise. None during an exposure, in the hour after one, or once today's exposures are done.
settings-reminders-no-times = Add a practice time above for reminders to come.
settings-autostart-unsupported = Starting Stepwise with the computer is not available on this system yet.
settings-autostart-checking = Looking whether Stepwise starts with the computer...
# $path: where the start-up file is.
settings-autostart-foreign = A start-up entry that Stepwise did not write is at { $path }. It is left as it is.
settings-autostart = Start Stepwise when I log in
# "the Today card" is the card at the top of the Practice screen.
settings-autostart-explain = It starts minimised and quiet, so reminders can come; opening it shows the Today card. Off unless you turn it on.

## The person's words for 0, 5 and 10

settings-anchors = Your 0-10 scale
settings-anchors-explain = In your own words, what 0, 5 and 10 feel like for you. Every 0-10 choice shows the nearest one.
settings-anchor-hover = Leave it empty for the words shown in grey
# A field's name for a screen reader; $point: 0, 5 or 10.
settings-anchor-name = What { $point } feels like

## Safety behaviours

settings-behaviours = Your safety behaviours
settings-behaviours-explain = Things you do to feel safer that keep the fear going. Before an exposure you can choose one to drop.
settings-behaviours-empty = Your list is empty. Add the ones you notice in yourself.
# A field's name for a screen reader; $number: its place in the list.
settings-behaviour-name = Safety behaviour { $number }
# A remove button's name for a screen reader; $name: the safety behaviour.
settings-remove-behaviour = Remove { $name }
settings-new-behaviour-hint = Another one, in a few words
settings-new-behaviour = New safety behaviour
settings-add = Add
# $name: the safety behaviour already in the list, as it is written there.
settings-behaviour-twin = "{ $name }" is already in your list.
settings-behaviours-full = Your list is full; remove one to add another.

## Display

settings-display = Display
settings-reduce-motion = Reduce motion
settings-reduce-motion-explain = The breathing pacer shows a bar and words instead of a moving shape.

## Language

settings-language = Language
# The first choice: follow the system's language; $language is that language's own name ("English", "Italiano").
settings-language-system = As the system ({ $language })
settings-language-note = Your ladders stay as you wrote them.
