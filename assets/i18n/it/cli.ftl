# La riga di comando (stepwise --help, --check) e cosa dice il programma quando la finestra non
# si apre.

cli-usage =
    Stepwise - piccoli passi costanti per esercitarsi con l'ansia sociale.

    Uso:
      stepwise            apre il tuo file dei progressi (nella tua cartella dei dati)
      stepwise PERCORSO   apre il file dei progressi in PERCORSO (se manca, lo crea con le
                          scale iniziali)
      stepwise --quiet [PERCORSO]  si avvia ridotto a icona, per i promemoria di esercizio
                          (usato quando parte all'accensione del computer)
      stepwise --check PERCORSO  controlla che un file dei progressi si apra e dice cosa contiene
      stepwise --help     mostra questo aiuto
      stepwise --version  mostra la versione

    Stepwise è uno strumento di auto-aiuto per esercitarsi, non una terapia.
cli-check-needs-path = --check richiede il percorso di un file dei progressi.
cli-unknown-option = Opzione sconosciuta { $flag }. Prova 'stepwise --help'.
cli-one-file = Stepwise apre un file alla volta. Prova 'stepwise --help'.
cli-check-ok = OK: { $ladders ->
        [one] { $ladders } scala
       *[other] { $ladders } scale
    }, { $exposures ->
        [one] { $exposures } esposizione
       *[other] { $exposures } esposizioni
    }, { $entries ->
        [one] { $entries } nota del diario
       *[other] { $entries } note del diario
    }, { $sessions ->
        [one] { $sessions } sessione di respiro
       *[other] { $sessions } sessioni di respiro
    }

cli-window-failed = Stepwise si è chiuso perché la sua finestra ha smesso di funzionare. Il tuo file dei progressi contiene tutto ciò che era stato salvato fino a quel momento; riapri Stepwise per continuare.
cli-no-screen = Stepwise non è riuscito ad aprire la sua finestra. Il tuo file dei progressi non è stato aperto né modificato. Non è stato trovato uno schermo su cui mostrare una finestra (è attiva una sessione desktop?).
cli-no-graphics = Stepwise non è riuscito ad aprire la sua finestra. Il tuo file dei progressi non è stato aperto né modificato. Di solito significa che il driver grafico non offre OpenGL 2 o successivo; aggiornarlo in genere risolve.
