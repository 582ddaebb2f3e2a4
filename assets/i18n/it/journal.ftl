# The Journal screen: what the person learned after each exposure, and free entries.

journal-title = Diario
journal-subtitle = Cosa hai imparato, con parole tue.
journal-write-heading = Scrivi una nota
# Placeholder in the empty box for a new entry.
journal-new-entry-hint = Un successo, una lezione, qualcosa che hai notato
# The new entry's box, for a screen reader.
journal-new-entry = Nuova nota del diario
# $max: the most characters an entry may have.
journal-too-long = Resta entro i { $max } caratteri.
journal-add-entry = Aggiungi nota
# Placeholder in the search box.
journal-search-hint = Cerca
# The search box, for a screen reader.
journal-search = Cerca nel diario
# The filter by ladder: its label, and its choice that shows every ladder.
journal-ladder-filter = Scala
journal-all-ladders = Tutte le scale
journal-empty = Qui non c'è ancora niente. Dopo ogni esposizione scriverai cosa hai imparato, e lo ritroverai qui.
journal-no-match = Nessuna nota trovata.
# Over a long list. $shown: entries drawn (50 or more); $total: entries that match.
journal-showing-newest = Ecco le { $shown } note più recenti su { $total }; cerca per trovare quelle più vecchie.
# An entry's header. $date: "Thu 3 Dec 2026"; $ladder: the ladder's title.
journal-entry-header-ladder = { $date } - { $ladder }
# Under the header of what was learned after an exposure. $step: the step's situation.
journal-after-step = Dopo: { $step }
journal-show-more = Mostra altre
