# The Breathe screen: the breathing pacer, the 5-4-3-2-1 grounding guide and muscle relaxation.

breathe-title = Respira
breathe-subtitle = Quando espiri più a lungo di quanto inspiri, il tuo corpo capisce che è al sicuro.

## The phases, shown large while the pacer runs.

breathe-phase-inhale = Inspira
# Holding the breath, after breathing in or after breathing out.
breathe-phase-hold = Trattieni
breathe-phase-exhale = Espira

## The pacer.

# Shown instead of a phase before the pacer starts.
breathe-ready = Inizia quando vuoi
# Under the pacer while it runs, a session of minutes. $breath: the breath under way (1, 2, ...);
# $so_far: the time breathed so far as minutes:seconds ("1:05"); $minutes: the session's length.
breathe-progress-minutes = Respiro { $breath }  -  { $so_far } di { $minutes } min
# Under the pacer while it runs, a session of a number of breaths. $breath: the breath under way;
# $breath_of: the same, never more than $breaths; $breaths: the session's length in breaths.
breathe-progress-breaths = Respiro { $breath }  -  respiro { $breath_of } di { $breaths }
breathe-paused = In pausa
# A session that ran its whole length. $duration: minutes:seconds ("2:00").
breathe-finished-title = Ben fatto
breathe-finished-body = Hai respirato con calma per { $duration }. Ascolta come si sente ora il tuo corpo.

## A pattern in a few words ("in 4, hold 7, out 8 s"): seconds of each phase; a hold of 0 seconds is left out.

breathe-summary-in-out = inspira { $inhale }, espira { $exhale } s
breathe-summary-in-hold-out = inspira { $inhale }, trattieni { $hold_in }, espira { $exhale } s
breathe-summary-in-out-hold = inspira { $inhale }, espira { $exhale }, trattieni { $hold_out } s
breathe-summary-in-hold-out-hold = inspira { $inhale }, trattieni { $hold_in }, espira { $exhale }, trattieni { $hold_out } s

## Controls.

breathe-start = Inizia
# Tooltip of Start.
breathe-start-hint = La barra spaziatrice avvia e mette in pausa
breathe-pause = Pausa
breathe-resume = Riprendi
# Tooltip of Pause and Resume: the key that does the same.
breathe-space-key = Barra spaziatrice
breathe-stop = Ferma

# Heading over the list of breathing patterns (Box 4-4-4-4, Relaxing 4-7-8, ...).
breathe-pattern-heading = Ritmo
# A pattern in the list. $name: the pattern's name; $summary: breathe-summary-... above.
breathe-pattern-choice = { $name }  ({ $summary })
# The same, for the pattern used by default.
breathe-pattern-choice-default = { $name }  ({ $summary })  - predefinito
breathe-make-default = Usalo come predefinito
breathe-new-pattern = Nuovo ritmo
# The name a new pattern starts with, until the person types another.
breathe-new-pattern-name = Il mio ritmo
breathe-edit-pattern = Modifica ritmo

## The pattern editor: a name and the seconds of each phase. The .seconds attribute names the
## number box for a screen reader.

breathe-pattern-name = Nome del ritmo
breathe-edit-inhale = Inspira
    .seconds = Secondi per inspirare
breathe-edit-hold-in = Trattieni
    .seconds = Secondi per trattenere
breathe-edit-exhale = Espira
    .seconds = Secondi per espirare
# Holding the breath after breathing out.
breathe-edit-hold-out = Trattieni dopo
    .seconds = Secondi per trattenere dopo l'espirazione
breathe-save-pattern = Salva ritmo
breathe-delete-pattern = Elimina ritmo
breathe-cancel = Annulla

## Why a pattern cannot be saved. $max: the longest a phase may last (20); $secs: the seconds asked for.

breathe-error-inhale-too-long = L'inspirazione può durare al massimo { $max } secondi, non { $secs }.
breathe-error-hold-in-too-long = La pausa dopo l'inspirazione può durare al massimo { $max } secondi, non { $secs }.
breathe-error-exhale-too-long = L'espirazione può durare al massimo { $max } secondi, non { $secs }.
breathe-error-hold-out-too-long = La pausa dopo l'espirazione può durare al massimo { $max } secondi, non { $secs }.
breathe-error-no-breath = L'inspirazione o l'espirazione deve durare almeno 1 secondo.
breathe-error-no-name = Dai al ritmo un nome breve.
# A warning notice. $problem: one of the breathe-error-... sentences.
breathe-not-saved = Ritmo non salvato: { $problem }

## Session lengths offered.

# A session of $count minutes, on a small button.
breathe-length-minutes = { $count } min
# A session of $count breaths (whole breathing cycles), on a small button.
breathe-length-breaths = { $count ->
    [one] { $count } respiro
   *[other] { $count } respiri
}
breathe-length-heading = Durata
breathe-reduce-motion-hint = Una barra e delle parole al posto di una forma in movimento: Riduci il movimento, in Impostazioni.

## Grounding: the five senses, one prompt at a time.

breathe-grounding-open = Torna al presente: 5-4-3-2-1
# Above the prompt. $number: the prompt shown (1-5); $total: how many there are (5).
breathe-grounding-progress = Torna al presente, { $number } di { $total }
breathe-grounding-see = Guardati intorno e nomina cinque cose che vedi.
breathe-grounding-touch = Nota quattro cose che puoi toccare o sentire: i piedi sul pavimento, la sedia che ti sostiene, le tue mani.
breathe-grounding-hear = Ascolta tre suoni intorno a te, vicini o lontani.
breathe-grounding-smell = Cerca due odori intorno a te, oppure richiama alla mente due profumi che ti piacciono.
breathe-grounding-taste = Nota un sapore che senti in bocca, oppure bevi lentamente un sorso d'acqua.
breathe-grounding-reassure = Prenditi il tuo tempo. Senti i piedi appoggiati a terra.
breathe-grounding-back = Indietro
breathe-grounding-next = Avanti
breathe-grounding-done = Fatto
breathe-grounding-close = Chiudi

## Progressive muscle relaxation, a section that opens.

breathe-relax-heading = Rilassa i muscoli, un gruppo alla volta
breathe-relax-body = Mettiti in una posizione comoda. Partendo dai piedi, contrai dolcemente i muscoli per circa cinque secondi mentre inspiri, poi lasciali andare tutti insieme mentre espiri e nota la differenza per dieci secondi. Sali poco alla volta: polpacci, cosce, pancia, mani, braccia, spalle e infine il viso. Contrai con delicatezza, mai fino a sentire dolore.

## I nomi dei ritmi predefiniti, scritti in un nuovo file dei progressi nella sua lingua.

breathe-preset-1 = Quadrato 4-4-4-4
breathe-preset-2 = Espirazione lunga 4-4-6
breathe-preset-3 = Rilassante 4-7-8
