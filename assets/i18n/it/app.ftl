# I messaggi dell'applicazione: avvisi sui salvataggi, le copie di sicurezza, il file dei
# progressi cambiato fuori da Stepwise (uno strumento di sincronizzazione che porta la copia di
# un altro computer), le copie in conflitto, il gestore dei file (il processo in background che
# legge e scrive il file), le finestre per scegliere i file, i promemoria e l'avvio automatico.
# $name è il nome di un file ("library.ron"); $path e $folder sono percorsi completi; $error è un
# motivo tecnico dato dal sistema, con le sue parole.

## Finestre per scegliere i file.

# I filtri per tipo di file nella finestra Apri.
app-dialog-filter-progress = File dei progressi di Stepwise
app-dialog-filter-all = Tutti i file

## Apertura del file.

app-worker-stopped-before-open = Il gestore dei file di Stepwise si è fermato prima di poter aprire il file. Non è stato letto né modificato nulla.
app-worker-not-started = Stepwise non è riuscito ad avviare il gestore dei file ({ $error }). Non è stato letto né modificato nulla.
# $when: data e ora della copia ("giovedì 3 dicembre 2026, 09:30").
app-opened-backup = Hai aperto la copia di sicurezza di { $when }. Prima di sostituirlo, il file danneggiato è stato copiato nella cartella «backups».
app-started-fresh = Hai ricominciato con le scale iniziali. Prima di sostituirlo, il file danneggiato è stato copiato nella cartella «backups».
app-welcome = Ti diamo il benvenuto. Il tuo file dei progressi è stato creato in { $path } con quattro scale iniziali.
# $version: la versione del formato del file, un numero.
app-older-format-read-only = Il tuo file è in un formato precedente (versione { $version }). Qui lo vedi aggiornato; il file in sé resta com'è.
app-older-format-updated = Il tuo file era in un formato precedente (versione { $version }): ne è stata fatta una copia di sicurezza ed è stato aggiornato.
app-open-unreadable = Non è stato possibile leggere { $path } ({ $error }). Non è stato letto né modificato nulla.
app-open-migration-backup-failed = { $path } è in un formato precedente (versione { $version }) e va aggiornato, ma prima non è stato possibile farne una copia di sicurezza ({ $error }). Non è cambiato nulla.
app-daily-backup-failed = Non è stato possibile fare la copia di sicurezza di oggi in { $folder }: { $error }. Il tuo file sta bene ed è aperto.

## Modifiche.

# Una modifica che non si è potuta fare. $action: il nome della modifica come lo mostra il menu
# Annulla ("cambio del titolo della scala"); $reason: il motivo ("quella scala non esiste più").
app-edit-failed = Operazione non riuscita ({ $action }): { $reason }. Non è cambiato nulla.

## Salvataggio. Compaiono nella barra di stato o come avvisi.

app-worker-stopped-no-save = Il gestore dei file di Stepwise si è fermato, quindi le modifiche non si possono salvare.
app-worker-stopped-before-last-save = Il gestore dei file si è fermato prima dell'ultimo salvataggio.
app-save-not-open = Il file non è aperto in questa finestra, quindi non è stato scritto nulla.
app-save-damaged-copy-failed = Non è stato possibile tenere una copia del file danneggiato ({ $error }), quindi non è stato sostituito. I tuoi dati restano in questa finestra.
app-save-check-failed = Non è stato possibile controllare { $name } prima di salvare ({ $error }), quindi non è stato scritto nulla. Le tue modifiche restano in questa finestra.
app-save-kept-changing = { $name } ha continuato a cambiare mentre Stepwise salvava, quindi non è stato scritto nulla. Le tue modifiche restano in questa finestra.
app-save-copy-failed = { $name } non si può leggere, e non è stato possibile salvare il tuo archivio nemmeno accanto ({ $error }). Le tue modifiche restano in questa finestra.
# Perché non si è potuta salvare una copia accanto a un file illeggibile (completa "... accanto ({ $error })").
app-copy-no-free-name = non si è trovato un nome libero

## Perché un file cambiato fuori da Stepwise non si può leggere: frasi che completano
## "library.ron è stato cambiato fuori da Stepwise e non si può leggere (...)".

# $size: la dimensione del file in MiB, con un decimale.
app-unreadable-too-large = pesa { $size } MiB, più dei 64 MiB che Stepwise apre
app-unreadable-not-text = non è un file di testo
app-unreadable-empty = è vuoto
app-unreadable-not-progress-file = non è un file dei progressi di Stepwise
app-unreadable-syntax = è danneggiato alla riga { $line }, colonna { $column }
# $found: un numero di versione del formato.
app-unreadable-newer = è stato scritto da una versione più recente di Stepwise, formato { $found }
app-unreadable-unknown-version = la sua versione di formato { $found } è sconosciuta
# $problem: che cosa non va, in termini tecnici.
app-unreadable-invalid = contiene dati che Stepwise non può accettare: { $problem }
app-unreadable-unmergeable = non è stato possibile unirlo al tuo archivio: { $problem }
app-nothing-to-merge = non c'è nulla da unire

## Il file è cambiato fuori da Stepwise.

# $reason: una delle frasi app-unreadable-...; $copy: il nome della copia salvata accanto.
app-outside-unreadable-diverted = { $name } è stato cambiato fuori da Stepwise e non si può leggere ({ $reason }); è rimasto com'era. Il tuo archivio aperto è stato salvato accanto, come { $copy }, e le tue modifiche si salvano lì finché { $name } non si potrà leggere di nuovo.
app-outside-unreadable-not-saved = { $name } è stato cambiato fuori da Stepwise e non si può leggere ({ $reason }); è rimasto com'era. Non è stato possibile salvare accanto il tuo archivio aperto ({ $error }): le tue modifiche restano in questa finestra e Stepwise continua a provare.
app-readable-again = { $name } si può di nuovo leggere: quello che contiene è unito al tuo archivio e le tue modifiche tornano a salvarsi lì.
# Lo stesso, quando nel frattempo era stata salvata una copia accanto ($copy: il suo nome).
app-readable-again-copy = { $name } si può di nuovo leggere: quello che contiene è unito al tuo archivio e le tue modifiche tornano a salvarsi lì. { $copy } resta lì accanto; puoi eliminarla quando non ti serve più.

# Un solo avviso conta ciò che è arrivato da un altro computer. Quando è stato solo aggiunto
# qualcosa: "Sono state aggiunte modifiche da un altro computer: 1 scala, 3 esposizioni."
# ($list: i merge-count-... separati da virgole).
app-outside-added = Sono state aggiunte modifiche da un altro computer: { $list }.
# Quando qualcosa è stato anche modificato o eliminato: "Modifiche da un altro computer:
# 1 scala aggiunta, 2 scale modificate." ($list: gli attributi qui sotto, separati da virgole).
app-outside-changes = Modifiche da un altro computer: { $list }.
# Che cosa è successo a quanti elementi di ogni tipo ($count).
app-outside-ladders =
    .added = { $count ->
        [one] { $count } scala aggiunta
       *[other] { $count } scale aggiunte
    }
    .changed = { $count ->
        [one] { $count } scala modificata
       *[other] { $count } scale modificate
    }
    .deleted = { $count ->
        [one] { $count } scala eliminata
       *[other] { $count } scale eliminate
    }
    .moved = { $count ->
        [one] { $count } scala spostata in Eliminati di recente
       *[other] { $count } scale spostate in Eliminati di recente
    }
app-outside-exposures =
    .added = { $count ->
        [one] { $count } esposizione aggiunta
       *[other] { $count } esposizioni aggiunte
    }
    .changed = { $count ->
        [one] { $count } esposizione modificata
       *[other] { $count } esposizioni modificate
    }
    .deleted = { $count ->
        [one] { $count } esposizione eliminata
       *[other] { $count } esposizioni eliminate
    }
app-outside-journal =
    .added = { $count ->
        [one] { $count } nota del diario aggiunta
       *[other] { $count } note del diario aggiunte
    }
    .changed = { $count ->
        [one] { $count } nota del diario modificata
       *[other] { $count } note del diario modificate
    }
    .deleted = { $count ->
        [one] { $count } nota del diario eliminata
       *[other] { $count } note del diario eliminate
    }
app-outside-sessions =
    .added = { $count ->
        [one] { $count } sessione di respiro aggiunta
       *[other] { $count } sessioni di respiro aggiunte
    }
    .changed = { $count ->
        [one] { $count } sessione di respiro modificata
       *[other] { $count } sessioni di respiro modificate
    }
    .deleted = { $count ->
        [one] { $count } sessione di respiro eliminata
       *[other] { $count } sessioni di respiro eliminate
    }
app-outside-patterns =
    .added = { $count ->
        [one] { $count } ritmo di respiro aggiunto
       *[other] { $count } ritmi di respiro aggiunti
    }
    .changed = { $count ->
        [one] { $count } ritmo di respiro modificato
       *[other] { $count } ritmi di respiro modificati
    }
    .deleted = { $count ->
        [one] { $count } ritmo di respiro eliminato
       *[other] { $count } ritmi di respiro eliminati
    }
app-outside-settings-changed = impostazioni modificate

## Copie in conflitto accanto al file dei progressi, proposte in un riquadro con "Esamina" e "Non ora".

# $tool: il nome dello strumento di sincronizzazione ("Syncthing", "Dropbox"); $name: il nome del
# file dei progressi; $copy: il nome della copia.
app-conflict-copy-sync-tool = { $tool } ha lasciato accanto a { $name } una sua copia in conflitto: { $copy }. Potrebbe contenere modifiche fatte su un altro computer mentre entrambi salvavano nello stesso momento. Esaminala per vedere che cosa aggiungerebbe.
app-conflict-copy-stepwise = { $copy } è la copia che Stepwise ha salvato accanto a { $name } mentre { $name } non si poteva leggere. Potrebbe contenere le tue ultime modifiche. Esaminala per vedere che cosa aggiungerebbe.
# Una copia in conflitto già esaminata, messa da parte. $folder: il percorso della cartella delle copie di sicurezza.
app-filed-away = { $name } è stato spostato nella cartella «backups» ({ $folder }).
app-filed-away-no-folder = { $name } è stato spostato nella cartella «backups».
app-filed-away-worker-stopped = { $name } è stato importato, ma il gestore dei file di Stepwise si è fermato, quindi non è stato spostato nella cartella «backups».
app-file-away-failed = { $name } è stato importato, ma non è stato possibile spostarlo in { $folder } ({ $error }); ti verrà proposto di nuovo la prossima volta.

## Il gestore dei file si è fermato (un errore di Stepwise).

app-save-interrupted = Il salvataggio si è interrotto quando il gestore dei file di Stepwise si è fermato. Le tue modifiche restano in questa finestra.
app-import-interrupted = L'importazione di { $name } si è interrotta quando il gestore dei file di Stepwise si è fermato. Non è stato importato nulla; riprova.
app-export-interrupted = Un'esportazione si è interrotta quando il gestore dei file di Stepwise si è fermato; esporta di nuovo per avere la certezza che il file sia completo.
# "File > Esporta": la voce Esporta del menu File.
app-worker-keeps-stopping = Il gestore dei file di Stepwise continua a fermarsi (un errore interno), quindi in questa finestra non si può più salvare nulla. Le tue modifiche restano qui finché non la chiudi: per tenerle, esporta un file dei progressi (File > Esporta). Il file sul disco è come all'ultimo salvataggio: { $path }.
app-worker-restart-failed = Il gestore dei file di Stepwise si è fermato e non è stato possibile riavviarlo ({ $error }). Le tue modifiche restano in questa finestra.
app-worker-restarted = Il gestore dei file di Stepwise si è fermato all'improvviso (un errore interno) ed è stato riavviato. Le tue modifiche restano in questa finestra e il salvataggio continua.
app-worker-not-restarted = Il gestore dei file di Stepwise si è fermato e non è stato possibile riavviarlo. Le tue modifiche restano in questa finestra.
app-reattach-failed = Il gestore dei file di Stepwise è stato riavviato, ma non è riuscito a riprendere { $name }: { $error }

## Un errore interno (un bug) mentre il gestore dei file svolgeva un compito.

app-internal-error-saving = Stepwise ha avuto un errore interno durante il salvataggio, che quindi non si è concluso. Le tue modifiche restano in questa finestra.
app-internal-error-opening = Stepwise ha avuto un errore interno aprendo il file. Non è cambiato nulla.
# Frasi che completano "Non è stato possibile importare <file>: ...".
app-internal-error-importing = Stepwise ha avuto un errore interno durante l'importazione
app-internal-error-reading-import = Stepwise ha avuto un errore interno leggendolo
# Completa "Non è stato possibile esportare in <percorso>: ...".
app-internal-error-exporting = Stepwise ha avuto un errore interno, quindi potrebbe non essere completo.
app-internal-error-autostart = Stepwise ha avuto un errore interno cambiando la voce di avvio; potrebbe essere rimasta com'era.
app-internal-error-reattach = Stepwise ha avuto un errore interno riprendendo il file. I tuoi dati sono al sicuro.
app-internal-error-filing-away = Stepwise ha avuto un errore interno spostando una copia in conflitto nella cartella «backups». I tuoi dati sono al sicuro.
app-internal-error-noting-merge = Stepwise ha avuto un errore interno registrando una modifica unita. I tuoi dati sono al sicuro.
# Solo nei test di Stepwise.
app-internal-error-test = Stepwise ha avuto un errore interno durante un test. I tuoi dati sono al sicuro.
app-internal-error-watching = Stepwise ha avuto un errore interno mentre controllava se { $name } riceveva modifiche da altri computer, quindi ha smesso di controllare. Il salvataggio continua, e ogni salvataggio controlla comunque il file prima.

## Perché un'importazione confermata non è stata applicata: frasi che completano
## "Non è stato possibile importare <file>: ...".

app-import-save-first-failed = prima non è stato possibile salvare le tue ultime modifiche ({ $error })
app-import-while-unreadable = al momento { $name } non si può leggere (è stato cambiato fuori da Stepwise), quindi non si importa nulla finché non sarà possibile
app-import-not-saved-first = prima l'archivio non è stato salvato
app-import-backup-failed = prima non è stato possibile fare una copia di sicurezza del tuo file dei progressi in { $folder } ({ $error })

## Promemoria agli orari di esercizio: una notifica di sistema. Può comparire sulla schermata di
## blocco o su uno schermo condiviso, quindi resta neutra: non nomina mai una paura o una scala.

app-reminder-title = Orario di esercizio
app-reminder-body = Quando te la senti: qualche minuto di esercizio. Apri Stepwise per il gradino di oggi.
# L'azione della notifica (un clic sulla notifica).
app-reminder-open = Apri Stepwise
# In Impostazioni, sotto l'interruttore dei promemoria.
app-notifications-unavailable = Su questo desktop non ha risposto nessun servizio di notifiche, quindi qui i promemoria non possono comparire. I tuoi orari di esercizio restano visibili nella scheda Oggi e puoi aggiungerli al tuo calendario.
app-reminder-not-shown = Non è stato possibile mostrare l'ultimo promemoria su questo desktop. I tuoi orari di esercizio restano visibili nella scheda Oggi e puoi aggiungerli al tuo calendario.
app-reminder-failed = Non è stato possibile mostrare il promemoria ({ $error }).

## "Avvia Stepwise quando accedo" in Impostazioni: perché non è stato possibile cambiare la voce di avvio.

app-autostart-worker-stopped = Il gestore dei file di Stepwise si è fermato; non è cambiato nulla.
app-autostart-control-character = Il percorso di Stepwise contiene un a capo o un altro carattere di controllo, che una voce di avvio non può contenere.
app-autostart-foreign = In { $path } c'è già una voce di avvio che non è stata scritta da Stepwise. Resta com'è.
app-autostart-no-folder = { $path } non ha una cartella.
app-autostart-folder-failed = Non è stato possibile creare la cartella { $folder } ({ $error }).
app-autostart-write-failed = Non è stato possibile scrivere { $path } ({ $error }). Stepwise non si avvierà insieme al computer.
app-autostart-remove-failed = Non è stato possibile rimuovere { $path } ({ $error }). Stepwise potrebbe ancora avviarsi insieme al computer.
