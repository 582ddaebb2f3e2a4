# The Settings screen. Each setting has a line under it saying what it does.

# Under the screen's title. $undo: the undo shortcut ("Ctrl+Z").
settings-subtitle = La tua pratica, a modo tuo. Ogni modifica viene salvata subito e si può annullare con { $undo }.

## Your practice

settings-your-practice = La tua pratica
settings-weekly-goal = Obiettivo settimanale
# The weekly goal slider's name for a screen reader.
settings-weekly-goal-name = Esposizioni a settimana
# Beside the slider: the goal chosen.
settings-weekly-goal-value = { $count ->
        [one] { $count } esposizione a settimana
       *[other] { $count } esposizioni a settimana
    }
settings-weekly-goal-explain = Una decina di piccole esposizioni a settimana fa crescere la fiducia; all'inizio, cinque sono già un buon obiettivo.
# Before a row of buttons "2 in a row", "3 in a row"...: how many low after-ratings in a row master a step.
settings-streak = Un gradino è superato dopo
settings-streak-value = { $count } di fila
settings-streak-explain = Quante valutazioni «dopo» di fila devono stare sotto 2 prima che si apra il gradino successivo. Con 3 è più solido, con 2 più rapido.
# Before a row of buttons "2 min", "3 min"...
settings-timer = Durata dell'esposizione
settings-timer-value = { $count } min
settings-timer-explain = Quanto dura il timer, se non lo cambi prima di iniziare. Da due a quattro minuti è l'ideale.
# Before a drop-down of hours: "midnight", "1:00", "2:00"...
settings-day-start = Inizio del nuovo giorno
settings-midnight = mezzanotte
# The drop-down's name for a screen reader.
settings-day-start-name = Ora in cui inizia il nuovo giorno
settings-day-start-explain = Per chi fa tardi la sera: ciò che fai prima di quest'ora conta per il giorno prima, nei limiti giornalieri e nella settimana.

## Practice times

settings-plan = Quando vuoi esercitarti
settings-plan-explain = Poco e spesso funziona meglio: per esempio tre giorni a settimana alla stessa ora. Gli orari di oggi compaiono in Esercizio.
settings-plan-none = Ancora nessun orario di esercizio.
# The day buttons of a practice time, two letters each; $day: 1 Monday ... 7 Sunday.
settings-day-short = { $day ->
        [1] Lu
        [2] Ma
        [3] Me
        [4] Gi
        [5] Ve
        [6] Sa
       *[7] Do
    }
# Names for a screen reader of a practice time's controls. $day: a weekday ("Saturday");
# $number: the practice time's place in the list (1, 2...).
settings-day-name = { $day } per l'orario di esercizio { $number }
settings-hour-name = Ora dell'orario di esercizio { $number }
settings-minute-name = Minuti dell'orario di esercizio { $number }
settings-ladder-name = Scala dell'orario di esercizio { $number }
settings-remove-time = Rimuovi l'orario di esercizio { $number }
# In the ladder drop-down of a practice time: no ladder in particular.
settings-any-ladder = qualsiasi scala
settings-remove = Rimuovi
settings-add-time = Aggiungi un orario di esercizio

## Reminders and starting with the computer

settings-reminders = Promemoria su questo computer
settings-remind-me = Ricordamelo agli orari di esercizio
# "Practice time" is the reminder's own title.
settings-reminders-explain = Mentre Stepwise è aperto, anche se ridotto a icona: una notifica discreta a ogni orario di esercizio, senza suoni. Dice solo «Orario di esercizio», mai su che cosa ti eserciti. Nessuna durante un'esposizione, nell'ora dopo, o quando le esposizioni di oggi sono fatte.
settings-reminders-no-times = Aggiungi un orario di esercizio qui sopra per ricevere i promemoria.
settings-autostart-unsupported = Su questo sistema non è ancora possibile avviare Stepwise insieme al computer.
settings-autostart-checking = Controllo se Stepwise si avvia insieme al computer...
# $path: where the start-up file is.
settings-autostart-foreign = In { $path } c'è una voce di avvio che non è stata scritta da Stepwise. Resta com'è.
settings-autostart = Avvia Stepwise quando accedo
# "the Today card" is the card at the top of the Practice screen.
settings-autostart-explain = Si avvia ridotto a icona e in silenzio, così i promemoria possono arrivare; quando lo apri trovi la scheda Oggi. È spento finché non lo attivi.

## The person's words for 0, 5 and 10

settings-anchors = I tuoi riferimenti da 0 a 10
settings-anchors-explain = Con parole tue, come ti senti a 0, a 5 e a 10. Ogni scelta da 0 a 10 mostra le parole più vicine.
settings-anchor-hover = Lascialo vuoto per usare le parole in grigio
# A field's name for a screen reader; $point: 0, 5 or 10.
settings-anchor-name = Come ti senti a { $point }

## Safety behaviours

settings-behaviours = I tuoi comportamenti di sicurezza
settings-behaviours-explain = Cose che fai per sentirti più al sicuro, ma che tengono viva la paura. Prima di un'esposizione puoi sceglierne uno da lasciare.
settings-behaviours-empty = La tua lista è vuota. Aggiungi quelli che noti in te.
# A field's name for a screen reader; $number: its place in the list.
settings-behaviour-name = Comportamento di sicurezza { $number }
# A remove button's name for a screen reader; $name: the safety behaviour.
settings-remove-behaviour = Rimuovi { $name }
settings-new-behaviour-hint = Un altro, in poche parole
settings-new-behaviour = Nuovo comportamento di sicurezza
settings-add = Aggiungi
# $name: the safety behaviour already in the list, as it is written there.
settings-behaviour-twin = «{ $name }» è già nella tua lista.
settings-behaviours-full = La tua lista è piena: rimuovine uno per aggiungerne un altro.

## Display

settings-display = Aspetto
settings-reduce-motion = Riduci il movimento
settings-reduce-motion-explain = La guida al respiro mostra una barra e delle parole al posto di una forma in movimento.

## Language

settings-language = Lingua
# The first choice: follow the system's language; $language is that language's own name ("English", "Italiano").
settings-language-system = Come il sistema ({ $language })
settings-language-note = Le tue scale restano come le hai scritte.
