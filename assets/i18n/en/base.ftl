# The language itself, numbers and dates. Every language folder has all of these.

# The language's name in itself, as the Language choice lists it.
language-name = English
number-decimal-separator = .

weekday-1 = Monday
    .short = Mon
weekday-2 = Tuesday
    .short = Tue
weekday-3 = Wednesday
    .short = Wed
weekday-4 = Thursday
    .short = Thu
weekday-5 = Friday
    .short = Fri
weekday-6 = Saturday
    .short = Sat
weekday-7 = Sunday
    .short = Sun

month-1 = January
    .short = Jan
month-2 = February
    .short = Feb
month-3 = March
    .short = Mar
month-4 = April
    .short = Apr
month-5 = May
    .short = May
month-6 = June
    .short = Jun
month-7 = July
    .short = Jul
month-8 = August
    .short = Aug
month-9 = September
    .short = Sep
month-10 = October
    .short = Oct
month-11 = November
    .short = Nov
month-12 = December
    .short = Dec

# Date patterns. Variables: $day (a number), $year, $month, $month_short, $weekday,
# $weekday_short, and $time ("09:30") in date-long-time.
date-day-month-short = { $day } { $month_short }
date-day-month = { $day } { $month }
date-short = { $day } { $month_short } { $year }
date-weekday-short = { $weekday_short } { $day } { $month_short } { $year }
date-long = { $weekday } { $day } { $month } { $year }
date-long-time = { $weekday } { $day } { $month } { $year }, { $time }

# Durations, used across screens.
minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
seconds = { $count ->
    [one] { $count } second
   *[other] { $count } seconds
}
