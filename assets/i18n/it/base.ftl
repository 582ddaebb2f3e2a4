# La lingua, i numeri e le date.

language-name = Italiano
number-decimal-separator = ,

weekday-1 = lunedì
    .short = lun
weekday-2 = martedì
    .short = mar
weekday-3 = mercoledì
    .short = mer
weekday-4 = giovedì
    .short = gio
weekday-5 = venerdì
    .short = ven
weekday-6 = sabato
    .short = sab
weekday-7 = domenica
    .short = dom

month-1 = gennaio
    .short = gen
month-2 = febbraio
    .short = feb
month-3 = marzo
    .short = mar
month-4 = aprile
    .short = apr
month-5 = maggio
    .short = mag
month-6 = giugno
    .short = giu
month-7 = luglio
    .short = lug
month-8 = agosto
    .short = ago
month-9 = settembre
    .short = set
month-10 = ottobre
    .short = ott
month-11 = novembre
    .short = nov
month-12 = dicembre
    .short = dic

date-day-month-short = { $day } { $month_short }
date-day-month = { $day } { $month }
date-short = { $day } { $month_short } { $year }
date-weekday-short = { $weekday_short } { $day } { $month_short } { $year }
date-long = { $weekday } { $day } { $month } { $year }
date-long-time = { $weekday } { $day } { $month } { $year }, ore { $time }

minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minuti
}
seconds = { $count ->
    [one] { $count } secondo
   *[other] { $count } secondi
}
