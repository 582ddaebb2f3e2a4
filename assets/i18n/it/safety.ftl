# The Help & safety page: crisis lines, when self-guided exposure is not the right tool, and
# the statement that Stepwise is a self-help tool, not treatment.

safety-subtitle = Stepwise è uno strumento di auto-aiuto per esercitarti, non una terapia.
# Until the person confirms reading the page. $button: the top bar's crisis button ("Crisis help").
safety-read-once = Prima di iniziare, leggi questa pagina almeno una volta. La ritrovi sempre con il pulsante «{ $button }».

## Crisis lines

safety-in-crisis = Se sei in crisi in questo momento
safety-emergency = Se sei in pericolo immediato, chiama il numero di emergenza del posto in cui ti trovi.
# Where Stepwise knows no crisis line for the system's region: only the emergency number is listed.
safety-add-local-line = Aggiungi una linea di aiuto per il posto in cui vivi: quella qui sopra è solo il numero di emergenza.
safety-change-lines = Adatta al mio paese
safety-your-lines = Le tue linee di aiuto
safety-lines-hint = Usa numeri che hai verificato per il posto in cui vivi. Una linea senza un modo per contattarla non viene salvata.
# Hints in the empty fields of a crisis line.
safety-line-name-hint = Nome
safety-line-how-hint = Come contattarla
# Names for a screen reader; $number: the line's place in the list.
safety-line-name = Nome della linea di aiuto { $number }
safety-line-how = Contatto della linea di aiuto { $number }
safety-remove-line = Rimuovi la linea di aiuto { $number }
safety-remove = Rimuovi
safety-add-line = Aggiungi una linea
# Puts back the lines Stepwise has for the system's region.
safety-built-in-lines = Usa le linee predefinite
safety-save-lines = Salva le linee
# Closes the editor without saving.
safety-cancel = Annulla

## When self-guided exposure is not the right tool

safety-not-suitable-heading = Quando l'esposizione in autonomia non è lo strumento giusto
safety-not-suitable-intro = Prima di esercitarti qui, chiedi aiuto a un medico, a uno psicologo o a un terapeuta se:
safety-not-suitable-trauma = La tua paura è legata a un evento traumatico, o convivi con un disturbo da stress post-traumatico (PTSD).
safety-not-suitable-crisis = Stai attraversando una crisi acuta, o hai pensieri di farti del male.
safety-not-suitable-panic = Hai spesso attacchi di panico e nessun professionista ti sta seguendo.
safety-not-suitable-phobia = Una fobia ti impedisce di uscire di casa, di lavorare o di coltivare le tue relazioni.
safety-not-suitable-high-anxiety = La tua ansia di tutti i giorni resta sopra 7 o 8 su 10 per la maggior parte del tempo.
safety-not-suitable-stress = Stai già portando un grosso carico di stress (un trasloco, una separazione, la perdita del lavoro).
safety-small-steps = Esposizioni piccole e regolari funzionano meglio per un'ansia sociale da lieve a moderata. Se un'esposizione ti sembra troppo, fermati, respira e prova un gradino più piccolo un altro giorno.

## Confirming

safety-confirmed = Hai confermato di aver letto questa pagina.
safety-have-read = Ho letto
