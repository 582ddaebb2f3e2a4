# La schermata Scale: l'elenco delle scale, l'editor di una scala, le sue finestre ed Eliminati di
# recente; e le parole del modello intorno a loro (cosa annullano Annulla e Ripeti, i consigli su
# una scala, gli errori di modifica e delle impostazioni, le parole predefinite della scala 0-10,
# i comportamenti di sicurezza predefiniti).

## L'elenco delle scale

ladders-heading = Le tue scale
ladders-heading-intro = Ogni scala divide una paura in piccoli gradini, dal più facile al più difficile.
# Al posto dell'editor, quando nessuna scala è scelta.
ladders-choose = Scegli una scala a sinistra, oppure iniziane una nuova.
# Pulsante sopra l'elenco delle scale.
ladders-new-button = Nuova scala
# Il titolo con cui parte una scala creata con "Nuova scala".
ladders-new-title = Nuova scala
ladders-from-template = Da un modello
# Una scala nell'elenco: il titolo, poi su una seconda riga quanti gradini sono superati.
ladders-list-item = { $title }
    { $total ->
        [one] { $done } di { $total } gradino superato
       *[other] { $done } di { $total } gradini superati
    }
# Casella sotto l'elenco; $count è quante scale sono archiviate.
ladders-show-archived = Mostra le scale archiviate ({ $count })
ladders-none = Ancora nessuna scala.

## L'editor di una scala

# Piccola didascalia sopra il campo del titolo.
ladders-title-label = Titolo
# Il nome del campo del titolo per un lettore di schermo.
ladders-title-field = Titolo della scala
# Didascalia sopra il campo della paura, e nome di quel campo per un lettore di schermo.
ladders-fear-field = La paura, in una frase
ladders-sort = Ordina per stima
ladders-sort-hint = Metti i gradini in ordine dalla stima più bassa alla più alta
ladders-rerate = Rivaluta la scala
ladders-rerate-hint = Dai a ogni gradino una nuova stima; quelle precedenti restano salvate
ladders-duplicate = Duplica
ladders-archive = Archivia
ladders-unarchive = Riattiva
ladders-delete-ladder = Elimina la scala
ladders-steps-intro = I gradini, dal più facile. Trascina i puntini per cambiare l'ordine (oppure Alt+Freccia su / Alt+Freccia giù); il numero è la tua stima, da 0 a 10.

## La riga di un gradino ($number: la posizione del gradino nella scala, 1 per il primo)

ladders-step-drag-hint = Trascina per spostare questo gradino
# Il nome della maniglia di trascinamento per un lettore di schermo.
ladders-step-drag-name = Maniglia per spostare il gradino { $number }
# Etichetta prima di un gradino superato.
ladders-step-mastered = Superato
# Etichetta prima del gradino che il coach suggerisce come prossimo.
ladders-step-next = Prossimo
# Il campo del testo del gradino, come lo nomina un lettore di schermo.
ladders-step-name = Gradino { $number }
ladders-step-estimate-hint = La tua stima: quanto ti spaventa questo gradino, da 0 a 10
ladders-step-estimate-name = Stima del gradino { $number }
# Pulsante breve: sposta il gradino di un posto più su.
ladders-step-up = Su
ladders-step-up-hint = Sposta su (Alt+Freccia su)
ladders-step-up-name = Sposta su il gradino { $number }
# Pulsante breve: sposta il gradino di un posto più giù.
ladders-step-down = Giù
ladders-step-down-hint = Sposta giù (Alt+Freccia giù)
ladders-step-down-name = Sposta giù il gradino { $number }
ladders-step-delete = Elimina
ladders-step-delete-name = Elimina il gradino { $number }
ladders-no-steps = Ancora nessun gradino. Aggiungi per prima la situazione più facile; potrai cambiare l'ordine dopo.

## Aggiungere un gradino

ladders-add-heading = Aggiungi un gradino
# Suggerimento in grigio nel campo vuoto del nuovo gradino.
ladders-add-hint = Una situazione concreta: con chi, dove, per quanto tempo
ladders-add-field = Nuovo gradino
# Didascalia del cursore della stima: Subjective Units of Distress, da 0 a 10 (sigla usata anche in italiano).
ladders-add-suds = SUDS
ladders-add-estimate-name = Stima del nuovo gradino
ladders-add-button = Aggiungi
ladders-add-advice = Ogni gradino dovrebbe durare 2-4 minuti e metterti un po' a disagio, senza travolgerti.

## Rivalutare una scala: un gradino alla volta, una nuova stima per ciascuno

ladders-rerate-heading = Nuove stime per “{ $title }”
ladders-rerate-progress = Gradino { $number } di { $total }
ladders-rerate-earlier = La tua stima precedente: { $estimate }
ladders-rerate-question = Quanto ti spaventa adesso, da 0 (calma) a 10 (panico)?
# Il nome di un pulsante numerato per un lettore di schermo ($value va da 0 a 10).
ladders-rerate-choice-name = Valuta { $value }
ladders-rerate-back = Indietro
ladders-rerate-next = Avanti
ladders-rerate-save = Salva le nuove stime
# Esce dalla rivalutazione senza salvare.
ladders-rerate-cancel = Annulla

## La raccolta di modelli

ladders-gallery-heading = Inizia da un modello
ladders-gallery-intro = Ogni modello è un punto di partenza: cambia pure qualsiasi gradino perché si adatti alla tua vita.
ladders-gallery-use = Usa questo modello
ladders-gallery-close = Chiudi

## La domanda prima di eliminare ($days: per quanti giorni si può ripristinare, 30)

# $steps e $exposures sono numeri.
ladders-confirm-ladder = Vuoi eliminare la scala “{ $title }” con { $steps ->
        [one] il suo gradino
       *[other] i suoi { $steps } gradini
    } e { $exposures ->
        [0] nessuna esposizione registrata
        [one] la sua esposizione registrata
       *[other] le sue { $exposures } esposizioni registrate
    }? Finirà in Eliminati di recente, sotto l'elenco delle scale, dove potrai ripristinarla con le sue esposizioni per { $days } giorni.
# $exposures è un numero.
ladders-confirm-step = Vuoi eliminare il gradino “{ $situation }” con { $exposures ->
        [0] nessuna esposizione registrata
        [one] la sua esposizione registrata
       *[other] le sue { $exposures } esposizioni registrate
    }? Finirà in Eliminati di recente, sotto l'elenco delle scale, dove potrai ripristinarlo con le sue esposizioni per { $days } giorni.
# Un paragrafo dopo la domanda, quando un'esposizione è in corso proprio su ciò che si elimina.
ladders-confirm-under-way = C'è un'esposizione in corso su “{ $situation }”. Se elimini, l'esposizione si interrompe e quello che hai inserito finora non viene conservato.
ladders-confirm-move-ladder = Sposta la scala in Eliminati di recente
ladders-confirm-move-step = Sposta il gradino in Eliminati di recente
# Chiude la domanda senza eliminare.
ladders-confirm-keep = Non eliminare

## Eliminati di recente, sotto l'elenco delle scale

# Casella che apre l'elenco; $count è quanti elementi contiene.
ladders-deleted-heading = Eliminati di recente ({ $count })
ladders-deleted-intro = Restano qui con le loro esposizioni per { $days } giorni, poi vengono cancellati per sempre.
ladders-deleted-ladder = Scala “{ $title }”
ladders-deleted-step = Gradino “{ $situation }” di “{ $ladder }”
# Sotto un elemento: quante esposizioni ha e quanti giorni interi restano per ripristinarlo
# (0: oggi è l'ultimo giorno).
ladders-deleted-detail = { $exposures ->
        [0] nessuna esposizione
        [one] { $exposures } esposizione
       *[other] { $exposures } esposizioni
    }; { $days ->
        [0] ultimo giorno per ripristinare
        [one] ancora { $days } giorno per ripristinare
       *[other] ancora { $days } giorni per ripristinare
    }
# Lo stesso, per un gradino la cui scala è anch'essa in Eliminati di recente; $detail è il testo sopra.
ladders-deleted-detail-blocked = { $detail }; prima ripristina la sua scala
ladders-deleted-restore = Ripristina
# Il nome del pulsante Ripristina per un lettore di schermo.
ladders-deleted-restore-ladder-name = Ripristina la scala { $title }
ladders-deleted-restore-step-name = Ripristina il gradino { $situation }

## Cosa nominano Annulla e Ripeti: il menu Modifica mostra "Annulla <questo>", e una modifica
## non riuscita lo nomina nell'avviso. Sostantivi brevi, in minuscolo.

ladders-undo-new-ladder = nuova scala
ladders-undo-new-from-template = nuova scala da un modello
ladders-undo-rename = cambio del titolo della scala
ladders-undo-fear = modifica della frase sulla paura
ladders-undo-duplicate = duplicazione della scala
ladders-undo-archive = archiviazione della scala
ladders-undo-unarchive = riattivazione della scala
ladders-undo-delete-ladder = eliminazione della scala
ladders-undo-add-step = aggiunta di un gradino
ladders-undo-edit-step = modifica di un gradino
ladders-undo-estimate = modifica di una stima
ladders-undo-delete-step = eliminazione di un gradino
ladders-undo-restore-ladder = ripristino della scala
ladders-undo-restore-step = ripristino di un gradino
ladders-undo-move-step = spostamento di un gradino
ladders-undo-sort = ordinamento per stima
ladders-undo-rerate = nuove stime della scala
ladders-undo-weekly-goal = modifica dell'obiettivo settimanale
ladders-undo-mastery-streak = modifica della serie per la padronanza
ladders-undo-exposure-length = modifica della durata dell'esposizione
ladders-undo-day-start = modifica dell'ora in cui inizia la giornata
ladders-undo-anchors = modifica delle tue parole da 0 a 10
ladders-undo-reduced-motion = modifica del movimento ridotto
ladders-undo-add-behaviour = aggiunta di un comportamento di sicurezza
ladders-undo-edit-behaviour = modifica di un comportamento di sicurezza
ladders-undo-remove-behaviour = rimozione di un comportamento di sicurezza
ladders-undo-close-notice = chiusura dell'avviso
ladders-undo-practice-time = modifica di un orario di esercizio
ladders-undo-remove-practice-time = rimozione di un orario di esercizio

## Perché una modifica a una scala non è stata fatta (nell'avviso dopo la modifica non riuscita)

ladders-error-no-ladder = quella scala non esiste più
ladders-error-no-step = quel gradino non esiste più
# $max è un numero di caratteri.
ladders-error-title-too-long = Il titolo di una scala può avere al massimo { $max } caratteri
ladders-error-fear-too-long = La frase sulla paura può avere al massimo { $max } caratteri
ladders-error-step-too-long = Un gradino può avere al massimo { $max } caratteri
ladders-error-title-empty = Il titolo di una scala non può essere vuoto
ladders-error-fear-empty = La frase sulla paura non può essere vuota
ladders-error-step-empty = Un gradino non può essere vuoto
ladders-error-not-deleted = non è più in Eliminati di recente
ladders-error-ladder-deleted = anche la sua scala è in Eliminati di recente: ripristina prima la scala

# Il titolo di una scala duplicata.
ladders-copy-title = { $title } (copia)

## Consigli sulla forma di una scala, sotto i suoi pulsanti

# $position: la posizione di un gradino (1 per il primo); $estimate: la sua stima; $next: la
# posizione del gradino dopo; $next_estimate: la stima di quel gradino. "Ordina per stima" è il
# nome del pulsante.
ladders-warning-out-of-order = Il gradino { $position } ha stima { $estimate }, più alta del gradino { $next } ({ $next_estimate }). Una scala funziona meglio dal gradino che spaventa meno a quello che spaventa di più: prova “Ordina per stima”.
ladders-warning-too-few = Questa scala ha { $count ->
        [one] un solo gradino
       *[other] { $count } gradini
    }. Con 8-12 piccoli gradini ognuno è più facile da salire.
ladders-warning-too-many = Questa scala ha { $count } gradini. Più di 12 possono sembrare tanti; pensa a dividerla in due paure.
ladders-warning-vague = Il gradino { $position } è molto breve. Un gradino concreto dice con chi, dove e per quanto tempo, così sai quando l'hai fatto.

## Perché un'impostazione non è stata cambiata (nell'avviso); $min e $max sono numeri

ladders-settings-error-weekly-goal = L'obiettivo settimanale deve essere tra { $min } e { $max }
ladders-settings-error-mastery-streak = La serie per la padronanza deve essere tra { $min } e { $max }
ladders-settings-error-exposure-minutes = La durata dell'esposizione in minuti deve essere tra { $min } e { $max }
ladders-settings-error-day-start = L'ora in cui inizia la giornata deve essere tra { $min } e { $max }
ladders-settings-error-empty-behaviour = un comportamento di sicurezza ha bisogno di qualche parola
# $name è il comportamento di sicurezza come è stato scritto.
ladders-settings-error-duplicate-behaviour = “{ $name }” è già nel tuo elenco
ladders-settings-error-too-many-behaviours = il tuo elenco ha già { $count } comportamenti di sicurezza
# $max è un numero di caratteri.
ladders-settings-error-too-long = resta sotto i { $max } caratteri
ladders-settings-error-no-behaviour = quel comportamento di sicurezza non è più nel tuo elenco
ladders-settings-error-no-days = un orario di esercizio ha bisogno di almeno un giorno
# $time è l'orario chiesto, come ore:minuti ("25:00").
ladders-settings-error-not-a-time = { $time } non è un orario valido
ladders-settings-error-too-many-times = il tuo piano ha già { $count } orari di esercizio
ladders-settings-error-no-time = quell'orario di esercizio non è più nel tuo piano

## Dove si è fatta un'esposizione: "al forno, con uno sconosciuto" ($place e $people come scritti)

ladders-context-place-people = { $place }, con { $people }
ladders-context-people = con { $people }

## Le parole predefinite per 0, 5 e 10 sulla scala dell'ansia, finché la persona non scrive le
## sue. Si leggono in "0 è <calma>, 10 è <peggiore>" e accanto ai numeri.

ladders-anchor-calm = tranquillità, nessuna ansia
ladders-anchor-middle = a disagio, ma riesco ad andare avanti
ladders-anchor-worst = l'ansia più forte che abbia mai provato

## I comportamenti di sicurezza con cui parte un nuovo elenco. Ognuno si legge dopo "senza",
## con la prima lettera in minuscolo ("Ce l'hai fatta senza ripassare cosa dire?").

ladders-safety-default-1 = Ripassare cosa dire
ladders-safety-default-2 = Evitare il contatto visivo
ladders-safety-default-3 = Tenere in mano il telefono o un bicchiere
ladders-safety-default-4 = Stare vicino alla porta
ladders-safety-default-5 = Parlare in fretta per togliermi il pensiero
ladders-safety-default-6 = Dire il meno possibile
