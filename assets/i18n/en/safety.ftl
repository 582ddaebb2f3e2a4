# The Help & safety page: crisis lines, when self-guided exposure is not the right tool, and
# the statement that Stepwise is a self-help tool, not treatment.

safety-subtitle = Stepwise is a self-help practice tool, not treatment.
# Until the person confirms reading the page. $button: the top bar's crisis button ("Crisis help").
safety-read-once = Before you start, please read this page once. It is always here behind "{ $button }".

## Crisis lines

safety-in-crisis = If you are in crisis right now
safety-emergency = If you are in immediate danger, call your local emergency number.
# Where Stepwise knows no crisis line for the system's region: only the emergency number is listed.
safety-add-local-line = Add a crisis line for where you live: the one above is only the emergency number.
safety-change-lines = Change these for my country
safety-your-lines = Your crisis lines
safety-lines-hint = Use numbers you have checked for where you live. A line with no way to reach it is left out.
# Hints in the empty fields of a crisis line.
safety-line-name-hint = Name
safety-line-how-hint = How to reach it
# Names for a screen reader; $number: the line's place in the list.
safety-line-name = Crisis line { $number } name
safety-line-how = Crisis line { $number } contact
safety-remove-line = Remove crisis line { $number }
safety-remove = Remove
safety-add-line = Add a line
# Puts back the lines Stepwise has for the system's region.
safety-built-in-lines = Use the built-in lines
safety-save-lines = Save lines
# Closes the editor without saving.
safety-cancel = Cancel

## When self-guided exposure is not the right tool

safety-not-suitable-heading = When self-guided exposure is not the right tool
safety-not-suitable-intro = Please look for help from a doctor, psychologist or therapist before practising here if:
safety-not-suitable-trauma = Your fear is tied to a traumatic event, or you live with PTSD.
safety-not-suitable-crisis = You are in an acute crisis, or having thoughts of harming yourself.
safety-not-suitable-panic = You have frequent panic attacks and are not working with a professional.
safety-not-suitable-phobia = A phobia stops you leaving home, working or keeping up relationships.
safety-not-suitable-high-anxiety = Your everyday anxiety sits above 7 or 8 out of 10 most of the time.
safety-not-suitable-stress = You are already carrying a heavy load of stress (a move, a separation, a job loss).
safety-small-steps = Small, regular exposures work best for mild to moderate social anxiety. If an exposure ever feels like too much, stop, breathe, and try a smaller step another day.

## Confirming

safety-confirmed = You have confirmed you read this page.
safety-have-read = I have read this
