# La schermata Esercizio, le motivazioni del coach (coach-) e gli orari del piano (plan-).

## La schermata

practice-title = Esercizio
practice-subtitle = Un'esposizione breve e guidata: da due a quattro minuti, un piccolo gradino.

practice-open-safety = Apri Aiuto e sicurezza
practice-close-note = Chiudi questa nota
practice-close-note-hint = Torna tra una settimana se le tue valutazioni restano alte

practice-last-time-today = L'ultima volta su questo gradino (oggi)
practice-last-time-yesterday = L'ultima volta su questo gradino (ieri)
practice-last-time-days = L'ultima volta su questo gradino ({ $days } giorni fa)
practice-last-prediction = Avevi previsto: "{ $feared }" ({ $likelihood } %). È successo? { $outcome }
practice-last-learned = Hai imparato: { $learned }

practice-today = Oggi
practice-no-time-today = Nessun orario di esercizio oggi.
practice-planned-today = In programma oggi: { $times }.
practice-nothing-done = Oggi non hai ancora fatto nessuna esposizione.
practice-done-today = Oggi hai fatto { $count ->
    [one] { $count } esposizione
   *[other] { $count } esposizioni
}.
practice-next-time = Prossimo orario di esercizio: { $when }.
practice-no-times = Non hai ancora orari di esercizio.
practice-plan-in-settings = Pianificali nelle Impostazioni
practice-planned-ladder = Scala in programma: { $title }.
practice-planned-ladder-step = Scala in programma: { $title }. Il prossimo è il gradino { $step }.
practice-this-ladder = Esercitati su questa scala
practice-plan-this-week = Il tuo piano per questa settimana: { $planned ->
    [one] { $planned } orario di esercizio
   *[other] { $planned } orari di esercizio
}; esposizioni fatte finora: { $done }.
practice-this-week = Questa settimana: { $done } su { $goal } { $goal ->
    [one] esposizione
   *[other] esposizioni
}

practice-saved = Esposizione salvata
practice-done = Fatto
practice-breathe-first = Prima respira

practice-no-ladder = Prima crea una scala nella schermata Scale, poi torna qui per esercitarti sul suo primo gradino.
practice-ladder = Scala
practice-no-steps = Questa scala non ha ancora gradini. Aggiungine qualcuno nella schermata Scale.
practice-recommended-step = Gradino consigliato: { $step }
practice-chosen-step = Gradino scelto da te: { $step }
practice-estimate-contexts = La tua stima: { $estimate }; { $contexts ->
    [0] nessun contesto registrato finora
    [one] fatto in { $contexts } contesto
   *[other] fatto in { $contexts } contesti diversi
}
practice-choose-anyway = Scelgo comunque questo gradino
practice-begin = Inizia
practice-log-away = Registra un'esposizione fatta lontano dallo schermo
practice-log-away-hint = Per un'esposizione fatta nel mondo: valutala e rifletti qui
practice-choose-another = Scegli un altro gradino
practice-step-row = { $number }. { $situation } (stima { $estimate }){ $contexts ->
        [0] {""}
        [one] , { $contexts } contesto
       *[other] , { $contexts } contesti
    }{ $status ->
        [mastered] {" - superato"}
        [recommended] {" - consigliato"}
       *[none] {""}
    }

practice-part-rate = Parte 2 di 5: come ti senti adesso?
practice-part-expect = Parte 3 di 5: che cosa ti aspetti?
practice-part-do = Parte 4 di 5: mettiti alla prova
practice-part-reflect = Parte 5 di 5: rifletti

practice-rating-now = Adesso
practice-rating-during = Durante
practice-rating-after = Dopo
practice-rating-peak = Ansia massima
practice-anchor-near = { $n }: vicino a { $point }, { $text }

practice-cancel = Interrompi questa esposizione
practice-discard-question = Vuoi scartare questa esposizione e ciò che hai scritto?
practice-discard = Scartala
practice-keep-going = No, vado avanti

practice-not-now = Non adesso
practice-breathe-pacer = Usa la guida al respiro
practice-try-grounding = Prova a tornare al presente
practice-stop-today = Per oggi mi fermo qui
practice-settled = Ora va meglio: valuto di nuovo
practice-how-anxious-now = Quanta ansia senti in questo momento? 0 è { $calm }, 10 è { $worst }.
practice-normal-rating = Una valutazione da 2 a 4 è normale e prevista: vuol dire che questo gradino conta per te.
practice-in-crisis = Sono in crisi in questo momento
practice-continue = Continua

practice-feared-question = Che cosa temi che succeda? Basta una frase.
practice-feared-hint = Mi giudicheranno male
practice-feared-name = Esito temuto
practice-likelihood-question = Quanto ti sembra probabile? { $likelihood } %
practice-likelihood-name = Probabilità
practice-compare-later = Dopo l'esposizione vedrai com'è andata rispetto alla tua previsione.
practice-drop-question = A quale comportamento di sicurezza rinunci questa volta? (facoltativo)
practice-drop-name = Rinuncia: { $behaviour }
practice-context-question = Dove, e con chi? (facoltativo: mostra in quali situazioni hai fatto esercizio)
practice-where = Dove
practice-with-whom = Con chi
practice-what-is-new = Novità
practice-place-name = Luogo
practice-people-name = Persone
practice-different-name = Che cosa c'è di diverso questa volta
practice-place-hint = in panetteria
practice-people-hint = un commesso
practice-different-hint = un orario, una persona, senza telefono...

practice-you-predicted = Avevi previsto: "{ $feared }" ({ $likelihood } %).
practice-without = Questa volta, senza { $behaviours }.
practice-timer = Timer:
practice-minutes-short = { $count } min
practice-start-timer = Avvia il timer
practice-did-it-away = L'ho fatto lontano dallo schermo
practice-time-left = Mancano { $time }
practice-paused = In pausa
practice-resume = Riprendi
practice-pause = Pausa
practice-finished = Ho finito
practice-stop-early = Termina prima
practice-stop-early-hint = Si può fare; verrà segnata come difficile
practice-how-now = Come va adesso? (facoltativo, tocca quando vuoi)
practice-so-far = Finora: { $ratings }
practice-notice-body = Osserva che cosa fa il tuo corpo, senza contrastarlo. Lo scopo non è non sentire ansia, ma scoprire che puoi sentirla e farlo lo stesso.

practice-time-up = Il tempo è scaduto. Fai un respiro; poi, quando te la senti:
practice-how-anxious-after = Quanta ansia senti adesso?
practice-highest = Qual è stato il punto più alto della tua ansia durante l'esposizione?
practice-you-feared = Temevi: "{ $feared }". È successo?
practice-learned-question = Che cosa hai imparato?
practice-learned-hint = Posso sentirmi in ansia e parlare lo stesso
practice-learned-name = Cosa ho imparato
practice-managed-question = Ce l'hai fatta senza { $behaviour }?
practice-yes = Sì
practice-not-this-time = Non questa volta
practice-managed-name = Senza { $behaviour }: { $answer }
practice-crept-in = Si sono infilati altri comportamenti di sicurezza? (facoltativo)
practice-something-else = Altro
practice-other-behaviour-name = Altro comportamento di sicurezza
practice-felt-hard = Questa è stata difficile
practice-save = Salva l'esposizione
practice-needed = Per salvare servono tutte le valutazioni, l'esito e una riga su cosa hai imparato.
practice-needed-drops = Per salvare servono tutte le valutazioni, l'esito, una riga su cosa hai imparato e una risposta per ogni comportamento di sicurezza.

## Cosa dicono le regole dell'esposizione

practice-error-no-step = quel gradino non è più sulla scala
practice-error-wrong-stage = questa parte dell'esposizione è già fatta
practice-feared-empty = Scrivi in poche parole che cosa temi che succeda.
practice-too-long = Resta sotto i { $count } caratteri.
practice-behaviour-too-long = Scrivi ogni comportamento di sicurezza in meno di { $count } caratteri.
practice-context-too-long = Scrivi il luogo e le persone in meno di { $count } caratteri ciascuno.
practice-different-too-long = Scrivi che cosa c'era di diverso in meno di { $count } caratteri.
practice-during-limit = Per un'esposizione si tengono { $count } valutazioni: sono più che sufficienti.
practice-missing-before = Prima di salvare, aggiungi quanta ansia sentivi prima.
practice-missing-after = Prima di salvare, aggiungi quanta ansia senti adesso.
practice-missing-peak = Prima di salvare, aggiungi il punto più alto raggiunto dalla tua ansia.
practice-missing-outcome = Prima di salvare, indica se l'esito temuto è successo.
practice-missing-learned = Prima di salvare, aggiungi una riga su cosa hai imparato.
practice-missing-managed = Prima di salvare, indica se ce l'hai fatta senza { $behaviour }.
practice-peak-below-after = La valutazione più alta ({ $peak }) non può essere più bassa di come ti senti adesso ({ $after }).

practice-ack-did-it = Ce l'hai fatta.
practice-ack-went-down = La tua ansia è scesa da { $before } a { $after }.
practice-ack-same = La tua ansia era { $before } prima e { $after } dopo: hai tenuto duro.
practice-ack-rose = La tua ansia è salita da { $before } a { $after }, e l'hai fatto lo stesso. Ci vuole coraggio.
practice-ack-did-not-happen = Avevi previsto { $likelihood } % di probabilità per ciò che temevi; non è successo.
practice-ack-partly = Avevi previsto { $likelihood } %; è successo solo in parte, e ce l'hai fatta.
practice-ack-happened = Ciò che temevi è successo, e ce l'hai fatta. Anche questo è utile da sapere.
practice-ack-without = E l'hai fatto senza { $behaviours }.
practice-or = { $first } o { $second }

## Le motivazioni del coach. Un gradino è "superato" quando l'ansia dopo è stata sotto
## $below per $streak volte di fila.

coach-empty-ladder = Questa scala non ha ancora gradini. Aggiungi qualche piccola situazione, dalla più facile, e il coach ti suggerirà da dove cominciare.
coach-first-step = Comincia dal gradino 1, il più facile di questa scala (la tua stima: { $estimate }). Un gradino è superato quando per { $streak } volte di fila l'ansia dopo è sotto { $below }; poi si apre il successivo.
coach-maintenance = Hai superato tutti i gradini di questa scala: per ognuno dei suoi { $steps } gradini l'ansia dopo è stata sotto { $below } per { $streak } volte di fila. Ottimo lavoro. Ora mantieni il risultato: ogni tanto (una o due volte a settimana bastano) esercitati su un gradino superato in un posto nuovo o con persone nuove. Il gradino { $step } aspetta da più tempo.
coach-advance = Il prossimo è il gradino { $step }: le tue ultime { $streak } valutazioni dell'ansia dopo sul gradino { $below_step } sono state { $afters }. Il gradino { $below_step } è superato. Ottimo lavoro.
coach-first-try = Comincia dal gradino 1, il più facile di questa scala (la tua stima: { $estimate }). Non l'hai ancora provato, e i gradini si fanno in ordine.
coach-next-untried = Il prossimo è il gradino { $step }: le tue ultime { $streak } valutazioni dell'ansia dopo sul gradino { $below_step } sono state { $afters }, e non hai ancora provato il gradino { $step }.
coach-stay = Per ora resta sul gradino { $step }: le tue ultime valutazioni dell'ansia dopo sono state { $afters } (un gradino è superato quando per { $streak } volte di fila è sotto { $below }).
coach-next = Il prossimo è il gradino { $step }: le tue ultime valutazioni dell'ansia dopo sono state { $afters } (un gradino è superato quando per { $streak } volte di fila è sotto { $below }).

coach-ratings = (prima { $before }, dopo { $after })
coach-ratings-marked = (prima { $before }, dopo { $after }, segnata come difficile)
coach-back-to-lowest = La tua ultima prova sul gradino { $step } è stata difficile { $ratings }, e il gradino { $lowest } non è ancora superato. Per ora torna al gradino { $lowest } e cambialo un po': un altro posto, un'altra persona o un altro momento. I gradini si fanno in ordine, uno alla volta.
coach-very-hard = La tua ultima prova sul gradino { $step } è stata molto difficile { $ratings }.
coach-twice-hard = Le tue ultime 2 prove sul gradino { $step } sono state entrambe difficili: { $first } e poi { $ratings }.
coach-step-back = Torna per un po' al gradino { $previous } e cambialo un po': un altro posto, un'altra persona o un altro momento. Il gradino { $step } ti aspetta, e le prove difficili fanno parte dell'esercizio.
coach-repeat = La tua ultima prova sul gradino { $step } è stata difficile { $ratings }. Riprova il gradino { $step }, cambiandolo un po': un altro posto, un'altra persona o un altro momento. Le prove difficili fanno parte dell'esercizio.
coach-no-easier = Sotto non c'è un gradino più facile; potresti aggiungerne uno più piccolo alla scala.

coach-contexts-one = Finora l'hai fatto in un solo contesto: { $context }.
coach-contexts-many = Finora l'hai fatto in { $count } contesti: { $list }.
coach-contexts-more = Finora l'hai fatto in { $count } contesti: { $list } e altri { $more }.
coach-safety-note = L'ultima volta è andata bene, ma hai ancora usato un comportamento di sicurezza ({ $behaviours }). La prossima volta prova senza: così ciò che va bene è merito tuo, non del comportamento di sicurezza.

coach-limit-step = Oggi hai fatto questo gradino { $count } { $count ->
        [one] volta
       *[other] volte
    } ({ $total } { $total ->
        [one] esposizione
       *[other] esposizioni
    } in tutto). Farne di più in un giorno porta stanchezza, non progressi: ora riposati e torna a farlo domani. Se ne hai fatta una lontano dallo schermo, puoi comunque registrarla.
coach-limit-day = Oggi hai fatto { $total } { $total ->
        [one] esposizione
       *[other] esposizioni
    }. Farne di più in un giorno porta stanchezza, non progressi: ora riposati e torna domani. Se ne hai fatta una lontano dallo schermo, puoi comunque registrarla.
coach-spacing = La tua ultima esposizione è stata { $ago } fa. Distanziarle di circa { $hours } ore dà a ciascuna il tempo di sedimentare, quindi prima è meglio fare una pausa.
coach-hours = { $count ->
    [one] { $count } ora
   *[other] { $count } ore
}
coach-hours-decimal = { $hours } ore

coach-gate-crisis = Hai detto di essere in crisi (la tua valutazione adesso: { $rating } su 10), quindi questa esposizione non comincerà. Prenderti cura di te viene prima di tutto. Prova ora a respirare lentamente o a tornare al presente (5-4-3-2-1 con i sensi, piedi ben appoggiati a terra). Contatta una persona di cui ti fidi o una linea di aiuto: le risorse per la crisi sono a un clic di distanza.
coach-gate-blocked = La tua valutazione adesso è { $rating } su 10. Da { $block_at } in su questa esposizione non comincia: l'esercizio aiuta di più partendo da uno stato di maggiore calma. Prova ora a respirare lentamente o a tornare al presente (5-4-3-2-1 con i sensi, piedi ben appoggiati a terra). Se non ti senti al sicuro, le risorse per la crisi sono a un clic di distanza.
coach-gate-breathe = La tua valutazione adesso è { $rating } su 10, sopra l'intervallo 2-4, quello normale e atteso. Un minuto di respiro lento prima potrebbe aiutarti. Puoi anche cominciare subito: un po' di ansia fa parte dell'esercizio.

coach-override-estimate = Il gradino { $step } ha una stima di { $estimate }, sopra { $above }; funzionano meglio i gradini intorno a 2-4.
coach-override-skips = Il gradino { $step } salta il gradino { $lowest }, che non è ancora superato (un gradino è superato quando per { $streak } volte di fila l'ansia dopo è sotto { $below }).
coach-override-confirm = Puoi sceglierlo lo stesso: conferma, e questa scelta verrà annotata con l'esposizione.

coach-high-baseline = Ultimamente la tua ansia prima dell'esercizio è stata spesso alta: { $high } delle tue ultime { $total } valutazioni iniziali erano { $high_at } o più. L'esercizio in autonomia funziona meglio con un'ansia da lieve a moderata. Potrebbe essere il momento giusto per parlarne con un medico o uno psicoterapeuta; in Aiuto e sicurezza trovi a chi rivolgerti. Intanto puoi continuare a esercitarti.

## Gli orari di esercizio del piano.

plan-today-at = oggi alle { $time }
plan-tomorrow-at = domani alle { $time }
plan-weekday-at = { $weekday } alle { $time }
# "il 14 dicembre", "il 1° dicembre", "l'8 dicembre", "l'11 dicembre".
plan-date-at = { $day ->
        [1] il 1°
        [8] l'8
        [11] l'11
       *[other] il { $day }
    } { $month } alle { $time }
plan-days-none = nessun giorno
plan-days-every = ogni giorno
plan-days-list = { $first } e { $last }
