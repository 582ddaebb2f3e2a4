# Il file dei progressi: cosa va storto leggendolo o salvandolo, e cosa è rimasto com'era.
# $path è il percorso completo del file.

store-read = Non è stato possibile leggere { $path }: { $problem }. Non è stato modificato nulla.
store-write = Non è stato possibile salvare in { $path }: { $problem }. Le tue modifiche restano in questa finestra e il file sul disco non è cambiato.
store-too-large = { $path } pesa { $size } MiB; Stepwise apre file dei progressi fino a 64 MiB. Non è stato letto e resta com'è.
store-not-text = { $path } non è un file di testo (UTF-8 non valido alla riga { $line }, colonna { $column }). Potrebbe essere danneggiato; resta invariato.
store-empty = { $path } è vuoto: non contiene nulla da leggere (forse un salvataggio o una copia si sono interrotti a metà). Resta invariato.
store-not-progress-file = { $path } non è un file dei progressi di Stepwise (questi iniziano con "(version:"). Non è stato letto e resta invariato.
store-syntax = Non è stato possibile leggere { $path } alla riga { $line }, colonna { $column }: { $problem }. Il file resta invariato.
store-newer-version = { $path } è stato scritto da una versione più recente di Stepwise (formato { $found }; questa versione legge fino al formato { $supported }). Non è stato aperto e resta invariato: aggiorna Stepwise per aprirlo.
store-unknown-version = { $path } ha la versione di formato { $found }, che Stepwise non conosce. Resta invariato.
store-invalid = { $path } contiene dati che Stepwise non può accettare: { $problem }. Il file resta invariato.
store-locked = { $path } è già aperto in un'altra finestra di Stepwise. Chiudi prima quella finestra; questa non modificherà il file.
store-encode = Non è stato possibile preparare l'archivio per il salvataggio: { $problem }. Il file sul disco non è cambiato.
store-too-many-links = { $path } passa per più di { $max } collegamenti simbolici (potrebbero formare un ciclo)

store-io-problem = { $kind ->
    [not-found] il file o la cartella non esiste
    [permission-denied] non hai il permesso di accedervi
    [read-only] il disco è in sola lettura
    [storage-full] il disco è pieno
    [quota-exceeded] hai esaurito lo spazio che ti spetta sul disco
    [file-too-large] il file è troppo grande per questo disco
    [is-a-directory] è una cartella, non un file
    [not-a-directory] una parte del percorso non è una cartella
   *[other] { $system }
}

## Perché il contenuto di un file dei progressi non può essere accettato: una frase in minuscolo
## dopo "contiene dati che Stepwise non può accettare:" (store-invalid). Gli id e le date sono
## scritti come nel file, così si possono ritrovare.

# Inserito come $when nei messaggi seguenti: dopo "per", "durante" o a inizio frase.
store-when-exposure = l'esposizione del { $started }
store-when-draft = l'esposizione in corso

store-what-ladder-title = il titolo della scala "{ $title }"
store-what-ladder-fear = la frase sulla paura della scala "{ $title }"
store-what-ladder-step = un gradino della scala "{ $title }"
store-what-deleted-step = un gradino eliminato
store-what-entry = la nota del diario del { $written }
store-what-pacer-pattern = il nome del ritmo di una sessione di respiro
store-what-feared-outcome = la previsione (ciò che temevi) per { $when }
store-what-learned = cosa hai imparato con { $when }
store-what-used-behaviour = un comportamento di sicurezza usato durante { $when }
store-what-override-note = il motivo per cui hai scelto un gradino più alto per { $when }
store-what-planned-behaviour = un comportamento di sicurezza da evitare durante { $when }
store-what-place = il luogo indicato per { $when }
store-what-people = le persone indicate per { $when }
store-what-different = cosa c'era di diverso durante { $when }
store-what-anchor = una delle tue parole per la scala da 0 a 10
store-what-list-behaviour = un comportamento di sicurezza del tuo elenco
store-what-contact-name = il nome di un contatto per le crisi
store-what-contact-how = i recapiti di un contatto per le crisi
store-what-pattern-name = il nome del ritmo di respiro "{ $name }"
store-what-mastery-streak = il numero di volte di fila per la padronanza
store-what-weekly-goal = l'obiettivo settimanale
store-what-exposure-minutes = la durata dell'esposizione in minuti
store-what-day-start = l'ora in cui inizia la giornata

store-invalid-too-long = { $what } supera il limite di { $max } caratteri
store-invalid-out-of-range = { $what } vale { $value }, ma deve essere tra { $min } e { $max }

store-invalid-ladder-id = due scale hanno lo stesso id { $id }
store-invalid-step-id = due gradini hanno lo stesso id { $id }
store-invalid-deleted-step-ladder = un gradino eliminato rimanda a { $ladder }, che non esiste
store-invalid-tombstone-twice = { $gone } compare due volte tra gli elementi eliminati definitivamente
store-invalid-tombstone-kept = { $gone } è sia conservato sia tra gli elementi eliminati definitivamente
store-invalid-entry-id = due note del diario hanno lo stesso id { $id }
store-invalid-entry-ladder = la nota del diario del { $written } rimanda a { $ladder }, che non esiste
store-invalid-pacer-id = due sessioni di respiro hanno lo stesso id { $id }
store-invalid-exposure-id = due esposizioni hanno lo stesso id { $id }
store-invalid-exposure-no-ladder = { $when } rimanda al gradino { $step }, che non si trova in nessuna scala
store-invalid-exposure-not-in-deleted = { $when } rimanda al gradino { $step }, che non si trova tra gli elementi eliminati con cui è conservata
store-invalid-exposure-wrong-ladder = { $when } colloca il gradino { $step } in { $ladder }, ma quel gradino appartiene a { $owner }
store-invalid-exposure-ends-early = { $when } finisce prima di cominciare
store-invalid-during-count = { $when } ha { $count } valutazioni durante il timer; se ne conservano al massimo { $max }
store-invalid-during-late = { $when } ha una valutazione a { $secs } s dall'inizio, ma il timer dura al massimo 4 minuti

store-invalid-draft-step = l'esposizione in corso rimanda al gradino { $step }, che non si trova in { $ladder }
store-invalid-draft-timer = l'esposizione in corso ha un timer di { $secs } s, ma deve durare da 2 a 4 minuti
store-invalid-draft-paused = l'esposizione in corso risulta in pausa per { $secs } s in tutto, il che non è possibile
store-invalid-draft-no-before = l'esposizione in corso non ha la valutazione dell'ansia prima di iniziare
store-invalid-draft-past-gate = l'esposizione in corso ha superato il controllo di sicurezza con una valutazione di { $rating }
store-invalid-draft-paused-early = l'esposizione in corso risulta messa in pausa prima di cominciare
store-invalid-draft-ended-early = l'esposizione in corso risulta conclusa prima di cominciare
store-invalid-draft-paused-unstarted = l'esposizione in corso è in pausa ma non è mai cominciata
store-invalid-gate-count = risultano { $count } valutazioni fermate dal controllo di sicurezza, ma in 30 giorni ce ne stanno al massimo 1000
store-invalid-gate-low = una valutazione di { $rating } risulta fermata dal controllo di sicurezza, che però interviene solo da { $gate } in su

store-invalid-safety-behaviours = l'elenco dei comportamenti di sicurezza ne contiene { $count }; se ne conservano al massimo { $max }
store-invalid-practice-times = il piano ha { $count } orari di esercizio; se ne conservano al massimo { $max }
store-invalid-plan-history = la cronologia del piano ha { $count } modifiche; se ne conservano al massimo { $max }
store-invalid-plan-per-week = la cronologia del piano contiene { $count } orari di esercizio a settimana, più di quanti un piano possa averne
store-invalid-practice-time-id = due orari di esercizio hanno lo stesso id { $id }
store-invalid-practice-time-clock = un orario di esercizio è fissato alle { $time }, che non è un'ora del giorno
store-invalid-practice-time-days = l'orario di esercizio delle { $time } non ha giorni validi
store-invalid-contact-how = il contatto per le crisi "{ $name }" non dice come raggiungerlo
store-invalid-pattern-id = due ritmi di respiro hanno lo stesso id { $id }
store-invalid-pattern-phase = il ritmo di respiro "{ $name }" ha una fase di { $secs } s; il massimo consentito è { $max } s
store-invalid-pattern-no-breath = il ritmo di respiro "{ $name }" non ha né un'inspirazione né un'espirazione
store-invalid-default-pattern = il ritmo di respiro predefinito { $pattern } non esiste

## I dati della pratica (src/model).

model-archived-title = { $title } (archiviata)
model-outcome-question = È successo?
model-outcome-yes = Sì
model-outcome-partly = In parte
model-outcome-no = No
model-out-of-range = { $value } è fuori dall'intervallo da { $min } a { $max }
model-not-a-date = "{ $text }" non è una data nel formato 2026-11-21T09:30:00Z ({ $problem })
