# Esportazioni: il riepilogo per il terapeuta (pagina web e testo Markdown), il foglio di
# calcolo delle esposizioni (CSV), gli orari di esercizio per il calendario (iCalendar) e i testi
# della finestra di salvataggio. Il riepilogo lo legge il terapeuta: parla della "persona",
# non dà del tu. Le date del riepilogo sono scritte 2026-03-09 in ogni lingua.

## I tipi di esportazione.

export-kind-progress =
    .filter = File dei progressi di Stepwise
    .title = Esporta un file dei progressi
    .saved = il file dei progressi
    .file = stepwise-progressi-{ $date }
export-kind-html =
    .filter = Pagina web (HTML)
    .title = Esporta un riepilogo da condividere
    .saved = il riepilogo
    .file = stepwise-riepilogo-{ $date }
export-kind-csv =
    .filter = Foglio di calcolo (CSV)
    .title = Esporta le esposizioni come foglio di calcolo
    .saved = il foglio di calcolo delle esposizioni
    .file = stepwise-esposizioni-{ $date }
export-kind-markdown =
    .filter = Testo con tabelle (Markdown)
    .title = Esporta il riepilogo come testo
    .saved = il riepilogo come testo
    .file = stepwise-riepilogo-{ $date }
export-kind-calendar =
    .filter = Calendario (iCalendar)
    .title = Aggiungi i tuoi orari di esercizio a un calendario
    .saved = i tuoi orari di esercizio per il calendario
    .file = stepwise-orari-di-esercizio

## Parole usate in più punti.

export-yes = sì
export-no = no
export-range = da { $from } a { $to }
export-percent = { $value } %

## Il riepilogo: titolo e introduzione.

export-report-title = Riepilogo della pratica con Stepwise
export-report-prepared = Preparato il { $date } da Stepwise, uno strumento di auto-aiuto per esercitarsi (non una terapia). Prima i grafici, poi i dettagli di ogni scala.
export-report-how-to-read = Come leggere questo riepilogo
export-report-how-ratings = L'ansia è valutata da 0 (calma) a 10 (panico): subito prima di ogni esposizione, nel suo momento più alto e subito dopo. Ogni scala divide una paura in piccoli gradini, dal più facile al più difficile.
export-report-how-mastery = Un gradino è superato quando l'ansia dopo è rimasta sotto { $below } negli ultimi { $count } tentativi di fila; una sola valutazione più alta fa ripartire il conteggio.
export-report-how-predictions = Prima di un tentativo la persona può annotare l'esito che teme e quanto le sembra probabile; dopo, se è successo ({ $yes }, { $partly } o { $no }; "in parte" conta come metà). La distanza tra le due cose è ciò che la pratica insegna.
export-report-how-weeks = { $goal ->
    [one] Le settimane vanno dal lunedì alla domenica, ora locale. L'obiettivo settimanale, { $goal } esposizione, conta tutte le scale insieme.
   *[other] Le settimane vanno dal lunedì alla domenica, ora locale. L'obiettivo settimanale, { $goal } esposizioni, conta tutte le scale insieme.
}
export-report-contents = Dettagli:
export-report-contents-name = Indice

## Prima pagina: i tre grafici di ogni scala.

export-glance-heading = A colpo d'occhio
export-glance-no-ladders = Non è stata scelta nessuna scala.
export-glance-status = { $mastered ->
        [one] { $mastered } superato
       *[other] { $mastered } superati
    } su { $steps ->
        [one] { $steps } gradino
       *[other] { $steps } gradini
    }; { $exposures ->
        [one] { $exposures } esposizione
       *[other] { $exposures } esposizioni
    } dal { $first } al { $last }.
export-glance-not-practised = Ancora da praticare: { $ladders }.

## Grafico 1: l'ansia dopo ogni tentativo.

export-tries-title = Ansia dopo ogni tentativo
export-tries-try = Tentativo
export-tries-y-axis = Ansia dopo (0-10)
export-tries-mastery-line = Soglia di padronanza (sotto { $below })
export-tries-step-now = Gradino { $step } (in corso)
export-tries-step-mastered = Gradino { $step } (superato)
export-tries-reading-now = Gradino { $step }, quello in corso: { $reading }
export-tries-reading-mastered = Gradino { $step }, l'ultimo superato: { $reading }
export-tries-untried-now = Gradino { $step }, quello in corso: non ancora provato.
export-tries-untried-mastered = Gradino { $step }, l'ultimo superato: non ancora provato.
export-tries-words-now = Gradino { $step } ({ $situation }), quello in corso, tentativi da { $first } a { $last }: { $values }.
export-tries-words-mastered = Gradino { $step } ({ $situation }), l'ultimo superato, tentativi da { $first } a { $last }: { $values }.
export-tries-words-line = La soglia di padronanza è a { $below }.
export-tries-description = Ansia dopo ogni tentativo, da 0 a 10. { $details }

## Grafico 2: esposizioni per settimana.

export-weeks-title = Pratica settimana per settimana
export-weeks-x-axis = Settimana
export-weeks-y-axis = Esposizioni
export-weeks-all-ladders = Tutte le scale
export-weeks-this-ladder = Questa scala
export-weeks-goal = Obiettivo settimanale ({ $goal })
export-weeks-planned = In programma
export-weeks-week-of = Settimana del
export-weeks-words = Esposizioni per settimana su questa scala, dalla settimana del { $first } a quella del { $last }: { $values }.
export-weeks-words-none = Nessuna settimana con esposizioni su questa scala.
export-weeks-words-all = Tutte le scale: { $values }.
export-weeks-words-goal = Obiettivo settimanale: { $goal }.
export-weeks-words-planned = Orari di esercizio in programma: { $values }.
export-weeks-words-no-plan = nessuno

## Grafico 3: le previsioni e se l'esito temuto è successo.

export-predictions-title = Previsioni e cosa è successo
export-predictions-x-axis = Data
export-predictions-y-axis = Probabilità prevista (%)
export-predictions-column = Previsioni
export-predictions-dates = Date
export-predictions-average = Prevista in media
export-predictions-happened = È successo
export-predictions-none = Ancora nessuna previsione registrata su questa scala.
export-predictions-words = { $count ->
    [one] Previsione
   *[other] Previsioni
} { $numbers } ({ $dates }): probabilità media { $predicted } %; è successo in { $happened } casi su 100.
export-predictions-description = Quanto sembrava probabile l'esito temuto prima di ogni tentativo (da 0 a 100 %), nel tempo, e se poi è successo ("in parte" conta come metà). { $details }

## I dettagli di una scala.

export-ladder-heading = Scala: { $title }
export-ladder-intro = Paura: { $fear }. Iniziata il { $date }. { $mastered ->
        [one] { $mastered } gradino superato
       *[other] { $mastered } gradini superati
    } su { $steps }. { $exposures ->
        [one] { $exposures } esposizione registrata
       *[other] { $exposures } esposizioni registrate
    }.

export-steps-heading = Gradini
export-steps-step = Gradino
export-steps-situation = Situazione
export-steps-estimate = Stima attuale
export-steps-earlier = Stime precedenti
export-steps-mastered = Superato
export-steps-exposures = Esposizioni
export-steps-contexts = Contesti
export-steps-earlier-estimate = { $estimate } (fino al { $date })
export-steps-none = Questa scala non ha ancora gradini.
export-steps-contexts-all = { $count }: { $list }
export-steps-contexts-latest = { $count }, gli ultimi: { $list }
export-steps-mastered-since = dal { $date }
export-steps-mastered-lost = no (perso il { $date })
export-steps-mastered-no = no

export-exposures-heading = Esposizioni
export-exposures-none = Ancora nessuna esposizione registrata.
export-exposures-date = Data
export-exposures-step = Gradino
export-exposures-before = Prima
export-exposures-peak = Massima
export-exposures-after = Dopo
export-exposures-predicted = Previsione %
export-exposures-happened = È successo
export-exposures-learned = Cosa ha imparato

export-safety-heading = Comportamenti di sicurezza
export-safety-none = Ancora nessun comportamento di sicurezza registrato su questa scala.
export-safety-explained = Senza: tentativi in cui la persona aveva deciso di lasciare il comportamento e l'ha fatto. Con: tentativi in cui l'ha usato.
export-safety-behaviour = Comportamento di sicurezza
export-safety-tries-without = Tentativi senza
export-safety-happened-without = È successo senza
export-safety-tries-with = Tentativi con
export-safety-happened-with = È successo con
export-safety-partly = { $happened } (in parte { $partly })

export-journal-heading = Diario
export-journal-none = Nessuna nota del diario per questa scala.

## Tutte le scale insieme.

export-overall-heading = Tutte le scale insieme
export-plan-none = Nessun orario di esercizio in programma.
export-plan-time = { $days } alle { $time }
export-plan-time-ladder = { $days } alle { $time } ({ $ladder })
export-plan-summary = Orari di esercizio in programma (a oggi): { $times }. { $count ->
        [one] È { $count } orario di esercizio
       *[other] Sono { $count } orari di esercizio
    } a settimana; l'obiettivo settimanale è { $goal }.
export-overall-totals = { $exposures ->
        [one] { $exposures } esposizione
       *[other] { $exposures } esposizioni
    } in tutto. Guida al respiro: { $sessions ->
        [one] { $sessions } sessione
       *[other] { $sessions } sessioni
    }, { $own } da sole e { $around } subito prima di un'esposizione o al controllo di sicurezza (respirare per superare le esposizioni può diventare un comportamento di sicurezza, per questo le due cose sono contate a parte).
export-overall-no-practice = Ancora nessuna pratica registrata.
export-weekly-heading = Pratica per settimana
export-weekly-explained = { $count ->
        [one] L'ultima settimana con un po' di pratica.
       *[other] Le ultime { $count } settimane con un po' di pratica.
    } In programma: gli orari di esercizio previsti dal piano in quella settimana (com'era a fine settimana; un trattino quando non c'era ancora un piano).
export-weekly-week-of = Settimana del (lunedì)
export-weekly-exposures = Esposizioni
export-weekly-planned = In programma
export-weekly-goal = Obiettivo settimanale
export-weekly-goal-met = Obiettivo raggiunto
export-weekly-sessions = Sessioni di respiro
export-weekly-own = Da sole
export-weekly-around = Intorno alle esposizioni

## Le intestazioni del foglio di calcolo (CSV).

export-csv-date = data
export-csv-time = ora
export-csv-ladder = scala
export-csv-step-number = numero del gradino
export-csv-step = gradino
export-csv-minutes = minuti
export-csv-before = ansia prima
export-csv-peak = ansia massima
export-csv-after = ansia dopo
export-csv-predicted = previsione %
export-csv-feared = esito temuto
export-csv-happened = è successo
export-csv-learned = cosa ho imparato
export-csv-safety = comportamenti di sicurezza usati
export-csv-difficult = difficile
export-csv-away = lontano dallo schermo
export-csv-planned-drop = da lasciare (previsti)
export-csv-dropped = lasciati
export-csv-place = luogo
export-csv-people = con chi
export-csv-different = cosa c'era di diverso
export-csv-during = valutazioni durante (minuti: valutazione)

## Gli eventi del calendario (iCalendar): il titolo non nomina nessuna paura.

export-ics-calendar-name = Esercizio
export-ics-title = Orario di esercizio
export-ics-title-ladder = Orario di esercizio: { $ladder }
export-ics-description = Qualche minuto di esercizio, un piccolo passo. Apri Stepwise quando te la senti.
