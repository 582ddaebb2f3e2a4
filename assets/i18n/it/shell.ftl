# The window around the screens: the top bar with its menus and tabs, the status bar, the
# banners every screen can show, the question asked when closing, and what the window shows
# while the progress file opens or when it cannot be used.

## The screens' names, on their tabs and as their titles.

shell-screen-ladders = Scale
shell-screen-practice = Esercizio
shell-screen-breathe = Respira
shell-screen-progress = Progressi
shell-screen-journal = Diario
shell-screen-settings = Impostazioni
shell-screen-safety = Aiuto e sicurezza
# What a screen reader calls the scroll bar of a screen; $screen is the screen's name above.
shell-scroll-screen = Scorri la schermata { $screen }

## Keyboard shortcuts as menus and tooltips show them. $key is a key: "Z", "O", "+", "1".

shell-shortcut = Ctrl+{ $key }
shell-shortcut-shift = Ctrl+Maiusc+{ $key }

## The top bar.

# The button at the top right that opens the crisis lines, always visible.
shell-crisis-help = Aiuto urgente
shell-crisis-help-hover = Linee di aiuto e quando rivolgersi a un professionista (F1)

## The File menu.

shell-menu-file = File
shell-import = Importa un file dei progressi...
# Why the import item is greyed out.
shell-import-busy = C'è già un'importazione aperta
shell-read-only-import-hover = Questo file dei progressi si può solo leggere, quindi non puoi importarci nulla (prima di importare, il file viene salvato e se ne fa una copia di sicurezza).
shell-export = Esporta...
shell-quit = Esci

## The Edit menu. $action names the change undone or redone, in lower case ("rename ladder").

shell-menu-edit = Modifica
shell-undo = Annulla
shell-undo-action = Annulla: { $action }
shell-redo = Ripeti
shell-redo-action = Ripeti: { $action }
shell-open-settings = Apri le impostazioni

## The View menu: text size and colours of this window.

shell-menu-view = Visualizza
shell-larger-text = Testo più grande
shell-smaller-text = Testo più piccolo
# $percent: the text size now, as a whole number ("120").
shell-usual-size = Dimensione normale (ora { $percent }%)
shell-colours-system = Colori: come il sistema
shell-colours-light = Colori: chiari
shell-colours-dark = Colori: scuri

## The status bar at the foot of the window.

shell-status-damaged = Il tuo file resta com'è finché non scegli.
shell-status-refused = In questa finestra non si salva nulla.
shell-status-read-only-unsaved = Sola lettura: le tue modifiche restano solo in questa finestra.
shell-status-read-only = Sola lettura: in questo file non si salva nulla.
# $error: why the save failed, a full sentence ending with a full stop.
shell-status-not-saved = Non ancora salvato: { $error } Stepwise riprova a intervalli di pochi secondi.
shell-status-saving = Salvataggio in corso...
# $file: the name of the copy saves go to while the progress file cannot be read.
shell-status-saved-to = Tutte le modifiche sono salvate in { $file }
shell-status-saved = Tutte le modifiche sono salvate
# $when: the next planned practice time, as in "today at 18:30" or "Friday at 07:30".
shell-status-next-practice = Prossimo esercizio: { $when }
# Tooltip of the progress file's path, at the right of the status bar.
shell-status-path-hover = Dove si trova il tuo file dei progressi

## Banners on every screen.

# While the progress file can only be read. "File > Export" names the File menu and its Export item.
shell-read-only = Questo file dei progressi si può solo leggere: si trova su un disco di sola lettura, è segnato come di sola lettura oppure non hai il permesso di modificarlo. Puoi esercitarti e rivedere i tuoi progressi come sempre; ciò che cambi resta in questa finestra finché non la chiudi. Per conservarlo, usa File > Esporta e salvane una copia.
# Buttons of the banner offering a sync tool's conflict copy for import.
shell-not-now = Non ora
shell-not-now-hover = Verrà riproposta al prossimo avvio di Stepwise
shell-review = Esamina...
shell-review-hover = Guarda che cosa aggiungerebbe; non cambia nulla finché non scegli Importa
# The button that closes a notice, and its name for a screen reader ($text: the notice's first words).
shell-dismiss = Chiudi
shell-dismiss-name = Chiudi: { $text }

## Closing with changes that are not saved.

shell-unsaved-title = Le ultime modifiche non sono ancora salvate
shell-unsaved-body = Sono ancora qui, in questa finestra. Vuoi chiudere comunque o riprovare prima a salvare?
shell-try-saving = Riprova a salvare
shell-close-without-saving = Chiudi senza salvarle
shell-read-only-close-title = Le tue modifiche sono solo in questa finestra
shell-read-only-close-body = Questo file dei progressi si può solo leggere, quindi ciò che hai cambiato qui non può esservi salvato. Esporta una copia per conservarlo, oppure chiudi senza.
shell-export-copy = Esporta una copia...
shell-keep-open = Lascia aperta la finestra

## While the progress file opens, or when it cannot be used.

# In the middle of the window and in the status bar.
shell-opening = Apertura del file dei progressi...
shell-damaged-title = Non è stato possibile aprire il tuo file dei progressi
shell-damaged-subtitle = Non è stato cambiato né eliminato nulla.
# "backups" is the folder's real name on disk.
shell-damaged-body = Stepwise non scriverà in questo file finché non scegli che cosa fare. Qualunque cosa scegli, una copia esatta del file danneggiato resta nella cartella «backups» accanto al file.
# $when: date and time the backup was taken ("Thursday 3 December 2026, 18:30");
# $ladders and $exposures: how many it holds.
shell-damaged-backup = La copia di sicurezza più recente che si apre risale a { $when }: { $ladders ->
        [one] { $ladders } scala
       *[other] { $ladders } scale
    } e { $exposures ->
        [one] { $exposures } esposizione registrata
       *[other] { $exposures } esposizioni registrate
    }.
shell-open-backup = Apri la copia di sicurezza più recente
shell-no-backup = Non è stato possibile aprire nessuna copia di sicurezza di questo file.
# Copies Stepwise saved beside the damaged file while it could not be read. $count: how many;
# $names: their file names, separated by commas.
shell-damaged-copies = { $count ->
        [one] Stepwise ha trovato anche la copia che aveva salvato accanto a questo file mentre non riusciva a leggerlo: { $names }. Lì potrebbe esserci il tuo lavoro più recente. Qualunque cosa scegli qui sotto, Stepwise ti proporrà poi di unirla al tuo archivio; fino ad allora resta dov'è.
       *[other] Stepwise ha trovato anche le copie che aveva salvato accanto a questo file mentre non riusciva a leggerlo: { $names }. Lì potrebbe esserci il tuo lavoro più recente. Qualunque cosa scegli qui sotto, Stepwise ti proporrà poi di unirle al tuo archivio, una per una; fino ad allora restano dove sono.
    }
shell-start-fresh = Ricomincia con le scale di partenza
shell-leave-and-quit = Lascia il file com'è ed esci
shell-refused-title = Questo file non si può usare qui
shell-refused-subtitle = Non è stato cambiato nulla.
