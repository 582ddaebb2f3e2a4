# The Journal screen: what the person learned after each exposure, and free entries.

journal-title = Journal
journal-subtitle = What you learned, in your own words.
journal-write-heading = Write an entry
# Placeholder in the empty box for a new entry.
journal-new-entry-hint = A win, a lesson, something you noticed
# The new entry's box, for a screen reader.
journal-new-entry = New journal entry
# $max: the most characters an entry may have.
journal-too-long = Keep it under { $max } characters.
journal-add-entry = Add entry
# Placeholder in the search box.
journal-search-hint = Search
# The search box, for a screen reader.
journal-search = Search the journal
# The filter by ladder: its label, and its choice that shows every ladder.
journal-ladder-filter = Ladder
journal-all-ladders = All ladders
journal-empty = Nothing here yet. After each exposure you will write down what you learned, and it appears here.
journal-no-match = No entries match.
# Over a long list. $shown: entries drawn (50 or more); $total: entries that match.
journal-showing-newest = Showing the newest { $shown } of { $total } entries; search to find older ones.
# An entry's header. $date: "Thu 3 Dec 2026"; $ladder: the ladder's title.
journal-entry-header-ladder = { $date } - { $ladder }
# Under the header of what was learned after an exposure. $step: the step's situation.
journal-after-step = After: { $step }
journal-show-more = Show more
