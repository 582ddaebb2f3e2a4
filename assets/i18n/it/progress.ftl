## La schermata Progressi e le letture in una frase dei grafici (reading-*), condivise con il
## riepilogo per il terapeuta.

progress-title = Progressi
progress-subtitle = Come cambiano le tue valutazioni nel tempo. Passa il puntatore su una linea per vederne date e numeri.
progress-no-ladders = Ancora nessuna scala. Creane una nella schermata Scale: i suoi progressi compaiono qui dopo la tua prima esposizione. Puoi anche importare un file dei progressi.
progress-ladder = Scala

progress-range-weeks = { $count ->
    [one] { $count } settimana
   *[other] { $count } settimane
}
progress-range-year = Un anno
progress-range-everything = Tutto

progress-summary = { $title }: { $mastered ->
        [one] { $mastered } gradino superato
       *[other] { $mastered } gradini superati
    } su { $steps }, { $exposures ->
        [one] { $exposures } esposizione registrata
       *[other] { $exposures } esposizioni registrate
    }.
progress-summary-predictions = In media, prima di un'esposizione, davi all'esito temuto una probabilità media di { $predicted } su 100; è successo { $happened } volte su 100.

progress-plot-name = { $card }: { $reading }; { $shown } { $shown ->
        [one] punto visibile
       *[other] punti visibili
    } su { $total }

## Scheda: ansia prima, massima e dopo a ogni tentativo di un gradino.

progress-step-title = Ansia a ogni tentativo
progress-step-picker = Gradino
progress-step-empty = Ancora nessun tentativo di questo gradino. Dopo il primo, qui compaiono le tue valutazioni di ansia prima, massima e dopo.
progress-contexts-none = Nessun contesto registrato per questo gradino: prima di un tentativo annota dove sei e con chi.
progress-contexts-one = Fatto in 1 contesto: { $contexts }.
progress-contexts-few = Fatto in { $count } contesti diversi: { $contexts }.
progress-contexts-latest = Fatto in { $count } contesti diversi; i più recenti: { $contexts }.
progress-before = Prima
progress-peak = Massima
progress-after = Dopo
progress-mastery-legend = Linea della padronanza: ansia dopo sotto { $below }
progress-mastery-line = Linea della padronanza ({ $below })
progress-try-axis = Tentativo
progress-anxiety-axis = Ansia 0-10
progress-try-hover =
    Tentativo { $index } ({ $date })
    prima { $before }, massima { $peak }, dopo { $after }
progress-step-reading = { $step }: { $reading }

## Scheda: previsioni ed esiti.

progress-expectancy-title = Cosa avevi previsto e cosa è successo
progress-expectancy-empty = Ancora nessuna previsione su questa scala. Prima di ogni esposizione dici quanto ti sembra probabile l'esito temuto; qui compaiono le tue previsioni e ciò che è successo davvero.
progress-predicted-axis = Previsione %
progress-expectancy-hover =
    { $date }
    previsione { $predicted } %; { $question } { $answer }

## Scheda: esercizio settimanale.

progress-weekly-title = Esercizio settimanale
progress-weekly-empty = Ancora niente di registrato. Qui si contano le esposizioni e le sessioni di respiro, settimana per settimana.
progress-weekly-exposures-key = Esposizioni su questa scala
progress-weekly-breathing = Sessioni di respiro
progress-weekly-goal-key = Il tuo obiettivo settimanale
progress-weekly-planned-key = Orari di esercizio previsti quella settimana
progress-per-week-axis = A settimana
progress-weekly-bars = Esposizioni
progress-weekly-planned = Previsti
progress-weekly-goal-line = Obiettivo settimanale ({ $goal })
progress-weekly-bar-week = Settimana { $start }: { $count ->
        [one] { $count } esposizione
       *[other] { $count } esposizioni
    }
progress-weekly-bar-weeks = { $weeks } settimane a partire da { $start }: { $average } esposizioni a settimana

## Scheda: gradini superati nel tempo.

progress-mastered-title = Gradini superati nel tempo
progress-mastered-empty = Ancora nessuna esposizione su questa scala. Qui si conta ogni gradino che superi.
progress-mastered-now = Gradini superati ora: { $mastered } su { $steps }.
progress-steps-axis = Gradini
progress-mastered-hover =
    { $date }
    { $mastered ->
        [one] { $mastered } superato
       *[other] { $mastered } superati
    }
progress-mastered-all = { $steps ->
        [one] L'unico gradino
       *[other] Tutti i { $steps } gradini
    }
progress-mastered-line = Superati

## Scheda: le stime di ogni gradino.

progress-estimates-title = Le tue stime di ogni gradino
progress-estimates-empty = Questa scala non ha ancora gradini.
progress-estimates-not-rerated = Quanto ti spaventava ogni gradino quando l'hai valutato. Rivaluta la scala ogni tanto per vedere cambiare queste linee.
progress-estimates-rerated = Quanto ti ha spaventato ogni gradino nel tempo; { $count ->
        [one] { $count } gradino rivalutato
       *[other] { $count } gradini rivalutati
    }.
progress-estimate-axis = Stima 0-10
progress-estimates-reading = stime di { $count ->
        [one] { $count } gradino
       *[other] { $count } gradini
    } nel tempo

## Scheda: comportamenti di sicurezza, con e senza.

progress-safety-title = Comportamenti di sicurezza: con e senza
progress-safety-empty = Ancora nessun comportamento di sicurezza registrato. Prima di un'esposizione puoi sceglierne uno a cui rinunciare; qui compare quante volte l'esito temuto è successo con e senza.
progress-safety-explained = Ogni riga conta i tentativi in cui avevi deciso di farne a meno e così è stato, e quelli in cui l'hai usato.
progress-safety-more = { $count ->
        [one] Un altro nel riepilogo per il terapeuta.
       *[other] Altri { $count } nel riepilogo per il terapeuta.
    }
progress-outcome-count = è successo { $happened ->
        [one] { $happened } volta
       *[other] { $happened } volte
    } su { $of }
progress-outcome-count-partly = è successo { $happened ->
        [one] { $happened } volta
       *[other] { $happened } volte
    } su { $of }, in parte { $partly }
progress-safety-with-only = Usando «{ $name }»: { $with }. Non ancora provato senza.
progress-safety-without-only = Senza { $name }: { $without }.
progress-safety-both = Senza { $name }: { $without }. Usandolo: { $with }.

## Scheda: le valutazioni date durante l'ultimo tentativo.

progress-during-title = Durante l'ultimo tentativo
progress-during-empty = Ancora nessuna valutazione durante un tentativo. Mentre il timer scorre puoi indicare con un tocco come ti senti in quel momento; qui compare la curva.
progress-during-explained = Che la paura scenda durante un tentativo non è l'obiettivo e non decide nulla: quello che conta è restare con la paura e scoprire cosa succede.
progress-during-zero-minutes = 0 min
progress-during-name = Durante l'ultimo tentativo: { $count ->
        [one] { $count } valutazione data
       *[other] { $count } valutazioni date
    } durante il timer: { $ratings }

## Asse delle date.

progress-date-month-year = { $month_short } { $year }

## Le letture in una frase dei grafici (lette anche dal terapeuta: non si rivolgono a "tu").

reading-tries = { $count ->
        [one] { $count } tentativo
       *[other] { $count } tentativi
    }. Ansia dopo: { $first } al primo, { $last } all'ultimo.
reading-mastery-rule = Superato quando l'ansia dopo resta sotto { $below } { $streak ->
        [one] nell'ultimo tentativo
       *[other] negli ultimi { $streak } tentativi di fila
    }.
reading-predictions = { $count ->
        [one] { $count } previsione
       *[other] { $count } previsioni
    }: probabilità media { $predicted } %; è successo { $happened } volte su 100 (uno scarto di { $gap } { $gap_count ->
        [one] punto
       *[other] punti
    }).
reading-weeks = { $weeks ->
        [one] Ultima settimana
       *[other] Ultime { $weeks } settimane
    }: { $exposures ->
        [one] { $exposures } esposizione
       *[other] { $exposures } esposizioni
    } su questa scala (obiettivo { $goal } a settimana, tutte le scale insieme), { $sessions ->
        [one] { $sessions } sessione di respiro
       *[other] { $sessions } sessioni di respiro
    }.
reading-weeks-grouped = Ogni barra riunisce { $weeks } settimane e ne mostra la media settimanale.
reading-weeks-plan = Il piano ora: { $count ->
        [one] { $count } orario di esercizio
       *[other] { $count } orari di esercizio
    } a settimana.
