# Esportare e importare: i pulsanti Esporta e Importa, la finestra di esportazione, l'anteprima
# dell'importazione, i file trascinati sulla finestra, gli avvisi dopo un'esportazione o
# un'importazione (transfer-...), e le parole di un'unione: che cosa ha aggiunto un'importazione,
# ogni conflitto trovato, perché è stata rifiutata (merge-...).
# $name è il nome di un file ("laptop.stepwise.ron"); $path è un percorso completo; $error è un motivo.

## I pulsanti sopra l'elenco delle scale.

transfer-import-button = Importa...
transfer-import-hint = Aggiungi le scale e le valutazioni di un file dei progressi di Stepwise (Ctrl+O)
# Suggerimento su Importa quando il file aperto si può solo leggere.
transfer-import-read-only-hover = Questo file dei progressi si può solo leggere, quindi non puoi importarci nulla (prima di importare, il file viene salvato e se ne fa una copia di sicurezza).
transfer-export-button = Esporta...
transfer-export-hint = Un riepilogo da condividere, un file dei progressi o un foglio di calcolo (Ctrl+E)
# Accanto a un indicatore di attesa mentre il gestore dei file lavora.
transfer-busy-reading = Lettura del file...
transfer-busy-applying = Salvataggio e copia di sicurezza, poi importazione...
transfer-busy-exporting = Esportazione...

## La finestra di esportazione: che cosa esportare, ogni scelta con una riga che la spiega.

transfer-export-heading = Esporta
transfer-kind-html = Riepilogo da condividere (pagina web)
    .explanation = Le tue scale, le valutazioni, ciò che hai imparato e i numeri dietro ai grafici, in una sola pagina che si apre in qualsiasi browser. Stampala o inviala al tuo terapeuta.
transfer-kind-progress = File dei progressi
    .explanation = Tutto ciò che Stepwise conserva su queste scale, nel suo formato: per passare a un altro computer, tenerne una copia o importarlo più avanti.
transfer-kind-csv = Foglio di calcolo delle esposizioni (CSV)
    .explanation = Una riga per ogni esposizione, con data, valutazioni e riflessione.
transfer-kind-markdown = Riepilogo come testo (Markdown)
    .explanation = Lo stesso riepilogo come testo semplice con tabelle essenziali: incollalo in un'email o in un'app per appunti.
transfer-kind-calendar = Orari di esercizio per il tuo calendario (iCalendar)
    .explanation = Ogni orario di esercizio diventa un evento settimanale, con un promemoria 10 minuti prima. Dopo una modifica esporta di nuovo: gli eventi si aggiornano, non si duplicano.
# Una casella sotto l'esportazione per il calendario, e il suo suggerimento («Orario di esercizio» è il titolo degli eventi).
transfer-calendar-name-ladders = Indica la scala in ogni evento
transfer-calendar-name-ladders-hint = I calendari sono spesso condivisi o visibili sulla schermata di blocco; senza questa opzione, ogni evento dice solo «Orario di esercizio».
transfer-ladders-heading = Scale
transfer-all-ladders = Tutte le scale
# La barra di scorrimento dell'elenco delle scale, per un lettore di schermo.
transfer-scroll-ladders = Scorri l'elenco delle scale
transfer-tick-one-ladder = Spunta almeno una scala.
transfer-choose-where = Scegli dove salvare...
transfer-cancel = Annulla
# $count: gli orari di esercizio nel piano (1 o più).
transfer-calendar-times = { $count ->
        [one] { $count } orario di esercizio
       *[other] { $count } orari di esercizio
    } nel tuo piano.
transfer-calendar-no-times = Non ci sono ancora orari di esercizio: prima pianificali in Impostazioni.

## L'importazione: la lettura del file, l'anteprima, l'applicazione.

transfer-import-dialog-title = Importa un file dei progressi di Stepwise
transfer-reading-heading = Lettura del file
transfer-checking = Controllo di { $path } prima di cambiare qualunque cosa...
transfer-importing-heading = Importazione di { $name }
transfer-backing-up = Prima il salvataggio e la copia di sicurezza del tuo file dei progressi...
transfer-preview-heading = Importare { $name }?
transfer-preview-nothing = Tutto ciò che c'è in questo file è già qui. Non cambierebbe nulla.
transfer-close = Chiudi
transfer-preview-intro = Ecco che cosa succederebbe. Per ora non è cambiato nulla.
# Una riga dell'anteprima per ogni tipo: "Scale: 2 da aggiungere, 1 già presente".
# $what: uno dei tipi qui sotto; $counts: i conteggi transfer-preview-... separati da virgole.
transfer-preview-line = { $what }: { $counts }
transfer-preview-ladders = Scale
transfer-preview-exposures = Esposizioni
transfer-preview-journal = Note del diario
transfer-preview-sessions = Sessioni di respiro
transfer-preview-patterns = Ritmi di respiro
# Quanti elementi di un tipo: nuovi, cambiati da una modifica più recente nel file, eliminati nel
# file dopo l'ultima modifica qui, già presenti, o diversi con lo stesso id. Valgono per scale e
# ritmi (femminile e maschile): restano senza genere.
transfer-preview-new = { $count } da aggiungere
transfer-preview-updated = { $count } con una modifica più recente nel file
transfer-preview-removed = { $count } con un'eliminazione successiva nel file
transfer-preview-present = { $count ->
        [one] { $count } già presente
       *[other] { $count } già presenti
    }
transfer-preview-conflicting = { $count } con lo stesso id ma un contenuto diverso (si tengono entrambe le versioni)
# Sopra l'elenco degli elementi diversi (ognuno è una delle descrizioni merge-conflict-...).
transfer-preview-conflicts = { $count ->
        [one] { $count } elemento è diverso
       *[other] { $count } elementi sono diversi
    } tra il tuo archivio e il file. Si tengono entrambe le versioni, quindi non si perde nulla:
# La barra di scorrimento dell'elenco delle differenze, per un lettore di schermo.
transfer-scroll-differences = Scorri l'elenco delle differenze
transfer-preview-settings-taken = Si usano le impostazioni cambiate più di recente nel file; le altre restano le tue.
transfer-preview-settings-kept = Le tue impostazioni restano come sono.
transfer-preview-draft-ignored = Nel file c'è un'esposizione in corso: non viene importata.
# $count: le scale iniziali del file mai usate per esercitarsi. «Da un modello» è un pulsante della schermata Scale.
transfer-preview-unused-starters = { $count ->
        [one] La scala iniziale qui non è mai stata usata, quindi resta fuori. La trovi nella galleria (Da un modello).
       *[other] Le { $count } scale iniziali qui non sono mai state usate, quindi restano fuori. Le trovi nella galleria (Da un modello).
    }
# «Modifica > Annulla»: la voce Annulla del menu Modifica.
transfer-preview-undo-note = Prima viene fatta una copia di sicurezza del tuo file dei progressi, e con Modifica > Annulla (Ctrl+Z) puoi annullare l'importazione.
transfer-import-confirm = Importa
# L'importazione nel menu Annulla ("Annulla: importazione").
transfer-undo-import = importazione

## Un file tenuto sopra la finestra, e i file rilasciati sulla finestra.

transfer-drop-busy-title = C'è già un'importazione aperta
transfer-drop-busy-detail = Prima completala o chiudila, poi rilascia di nuovo { $name }.
transfer-drop-busy-detail-unnamed = Prima completala o chiudila, poi rilascia di nuovo il file.
transfer-drop-title = Rilascia { $name } per importarlo
transfer-drop-title-unnamed = Rilascia un file dei progressi per importarlo
# $count: quanti file sono tenuti sopra la finestra (2 o più).
transfer-drop-detail-many = { $count } file: vedrai l'anteprima del primo; non cambia nulla finché non scegli Importa.
transfer-drop-detail = Prima vedrai che cosa aggiungerebbe; non cambia nulla finché non scegli Importa.
# Un file rilasciato mentre è in corso un'altra importazione. $dropped: il nome del file rilasciato; $open: quello dell'altro.
transfer-dropped-busy-reading = { $dropped } non è stato importato: { $open } è ancora in lettura. Prima completa quella importazione, poi rilascialo di nuovo.
transfer-dropped-busy-preview = { $dropped } non è stato importato: l'importazione di { $open } è ancora aperta. Prima completa quella, poi rilascialo di nuovo.
transfer-dropped-busy-applying = { $dropped } non è stato importato: l'importazione di { $open } è in corso. Prima lascia che finisca, poi rilascialo di nuovo.
# Più file rilasciati insieme: si vede l'anteprima del primo ($name); $count: quanti altri.
transfer-dropped-others-shown = I file si importano uno alla volta: ora vedi { $name }; dopo, rilascia di nuovo { $count ->
        [one] l'altro
       *[other] gli altri { $count }
    }.
# Lo stesso quando il primo non si è potuto leggere.
transfer-dropped-others-again = I file si importano uno alla volta: { $count ->
        [one] per importare l'altro, rilascialo di nuovo
       *[other] per importare gli altri { $count }, rilasciali di nuovo
    }.

## Avvisi dopo un'esportazione o un'importazione.

# $what: che cosa è stato salvato ("il riepilogo"); $size: la dimensione ("12,3 KB").
transfer-exported = Salvataggio completato: { $what } in { $path } ({ $size }).
transfer-size-kb = { $size } KB
transfer-size-mb = { $size } MB
# $error: una frase che dice perché.
transfer-export-failed = Non è stato possibile esportare in { $path }: { $error } Il tuo file dei progressi non è cambiato.
transfer-not-written-open-file = { $path } è il file dei progressi aperto in questa finestra, quindi non è stato sostituito. Scegli un altro nome.
transfer-not-written-name-taken = { $path } esiste già, quindi non è stato esportato nulla. Scegli un altro nome, oppure scegli proprio quel file per sostituirlo.
transfer-not-written-internal-error = Stepwise ha avuto un errore interno preparando l'esportazione; in { $path } non è stato scritto nulla.
transfer-worker-stopped-export = Il gestore dei file di Stepwise si è fermato, quindi non è stato esportato nulla.
transfer-worker-stopped-import = Il gestore dei file di Stepwise si è fermato, quindi non è stato importato nulla.
transfer-import-read-only = Non è stato importato nulla: questo file dei progressi si può solo leggere, quindi non gli si può aggiungere nulla (prima di importare, il file viene salvato e se ne fa una copia di sicurezza). Puoi comunque esportare.
# $error: una frase che dice perché.
transfer-import-failed = Non è stato possibile importare { $name }: { $error } Non è cambiato nulla.
transfer-import-open-file = { $path } è il file dei progressi aperto in questa finestra: è già qui.
transfer-import-apply-failed = Non è stato possibile importare { $name }: { $error } Non è stato importato nulla.
# $summary: merge-summary (che cosa è stato aggiunto); $backup: il percorso della copia fatta prima.
transfer-imported = Hai importato { $name }: { $summary } Prima è stata fatta una copia di sicurezza del tuo file in { $backup }. Puoi annullare con Ctrl+Z.

## Le parole di un'unione.

# Quanti di un tipo: $count è il numero (sceglie la forma), $n lo stesso numero come si mostra,
# con le migliaia separate ("1.200").
merge-count-ladders = { $count ->
        [one] { $n } scala
       *[other] { $n } scale
    }
merge-count-exposures = { $count ->
        [one] { $n } esposizione
       *[other] { $n } esposizioni
    }
merge-count-journal = { $count ->
        [one] { $n } nota del diario
       *[other] { $n } note del diario
    }
merge-count-sessions = { $count ->
        [one] { $n } sessione di respiro
       *[other] { $n } sessioni di respiro
    }
merge-count-patterns = { $count ->
        [one] { $n } ritmo di respiro
       *[other] { $n } ritmi di respiro
    }
# Tra le migliaia di un numero grande ("1.200").
merge-digit-group-separator = .

# Il riepilogo di un'importazione: parti separate da punti e virgola, con la prima lettera resa
# maiuscola: "Novità: 2 scale, 340 esposizioni; modifiche a 1 scala; già presenti: 1.200
# esposizioni; 1 conflitto (tenute entrambe le versioni)." $list: i merge-count-... separati da
# virgole. Le parti non concordano con il genere (scale e ritmi).
merge-summary-new = novità: { $list }
merge-summary-changed = modifiche a { $list }
merge-summary-deleted = eliminazioni: { $list }
merge-summary-already-here = già presenti: { $list }
merge-summary-conflicts = { $count ->
        [one] { $n } conflitto
       *[other] { $n } conflitti
    } (tenute entrambe le versioni)
merge-summary-settings = impostazioni più recenti prese dal file
merge-summary-empty = Niente da importare: il file non contiene dati.
# Quando non cambia nulla. $clauses: le parti qui sopra separate da punti e virgola.
merge-summary-nothing-new = Niente di nuovo; { $clauses }.
merge-summary-draft-ignored = L'esposizione in corso nel file non è stata importata.

# Due elementi diversi con lo stesso id. $date: una data scritta 2026-12-03; $step: la situazione
# del gradino (o merge-conflict-a-step); $pattern: il nome di un ritmo di respiro.
merge-conflict-exposure = Due registrazioni diverse dell'esposizione del { $date } su «{ $step }» hanno lo stesso id (succede solo con un file danneggiato o modificato a mano): si tengono entrambe, e nei tuoi progressi se ne conta una sola.
merge-conflict-a-step = un gradino
merge-conflict-journal-entry = La nota del diario del { $date } è diversa tra questo archivio e il file, con lo stesso id: si tengono entrambe le versioni.
merge-conflict-session = La sessione di respiro del { $date } ({ $pattern }) è diversa tra questo archivio e il file, con lo stesso id: si tengono entrambe le versioni.

# Perché un'importazione è stata rifiutata: frasi che completano "Non è stato possibile importare <file>: ...".
# $kind: che cosa non si è potuto copiare; $id: il suo id ("ladder-1f"); $tries: un numero.
merge-no-free-id = non è rimasto nessun id libero per una copia { $kind ->
        [ladder] della scala
        [exposure] dell'esposizione
        [journal] della nota del diario
        [session] della sessione di respiro
       *[pattern] del ritmo di respiro
    } { $id } del file dopo { $tries } tentativi, e un'importazione non lascia mai fuori nulla
# $problem: che cosa non va, in termini tecnici.
merge-invalid-file = non è un archivio valido ({ $problem })
merge-internal-error = Stepwise ha avuto un errore interno durante l'unione
merge-invalid-result = insieme non formerebbero un archivio valido ({ $problem })
# $size: la dimensione del file unito in MiB; $max: il massimo che Stepwise apre.
merge-too-large = insieme formerebbero un file dei progressi di { $size } MiB, più dei { $max } MiB che Stepwise può aprire
