# The records' words (src/progress, src/store): results, history, the
# report, reminders and the exported files.

## Numbers, lengths, dates

# A number with one decimal: $whole and $tenth (0-9), "4.5".
records-decimal = { $whole }.{ $tenth }
records-seconds = { $s } s
records-minutes = { $m } min
records-minutes-seconds = { $m } min { $s } s
# $month: 1-12, as it stands in a date.
records-month-name = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
# $month: 1-12, short, as the charts' labels show it.
records-month-short = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
# A day, "20 Nov 2026": $month is records-month-name.
records-date = { $day } { $month } { $year }
# A day without its year, "20 Nov" (the charts' labels): $month is records-month-short.
records-date-short = { $day } { $month }
# A calendar month, "Nov 2026": $month is records-month-name.
records-month = { $month } { $year }
# $weekday: 1 (Monday) to 7 (Sunday).
records-weekday = { $weekday ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
}
records-weekday-short = { $weekday ->
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
    [6] Sat
   *[7] Sun
}
# A day with its weekday, "Fri 20 Nov 2026": $date is records-date.
records-day = { $weekday } { $date }
# Two days, each a records-date.
records-range = { $from } to { $to }
# A time of day, "07:30".
records-time = { $hour }:{ $minute }

## What was done of an exercise, against its plan

records-done-holds = { $done } of { $planned } holds
# $held: a length, records-minutes-seconds.
records-done-holds-held = { $done } of { $planned } holds, { $held } held
records-done-reps = { $reps } reps in { $sets } of { $planned_sets } sets of { $planned_reps }
records-done-breaths = { $done } of { $planned } breaths
records-done-rounds = { $done } of { $planned } rounds
records-done-rounds-time = { $done } of { $planned } rounds, { $time } in all
records-done-stretches = { $cobras } of { $planned_cobras } cobras, { $reaches } of { $planned_reaches } side reaches

## One exercise of a workout as a line: $name, $done (records-done-…),
## $rest in seconds, $flag (records-flag-…)

records-flag-pain = stopped: it hurt
records-flag-skipped = skipped
records-line = { $name }: { $done }
records-line-rest = { $name }: { $done }, { $rest } s rest
records-line-flag = { $name }: { $done } — { $flag }
records-line-rest-flag = { $name }: { $done }, { $rest } s rest — { $flag }
records-line-only-flag = { $name }: { $flag }

## The summary after a workout

records-nothing-done = Started, nothing done
records-title-pain = You stopped when it hurt: the right call. Rest and go gently.
records-title-done = Workout done
records-title-early = Workout ended early
records-felt-easy = Easy
records-felt-good = About right
records-felt-hard = Hard

## History

records-stats-none = No workouts recorded yet.
records-stats = { $total ->
    [one] 1 workout
   *[other] { $total } workouts
} recorded, { $week } in the last 7 days; current streak { $current ->
    [one] 1 day
   *[other] { $current } days
}, longest { $longest ->
    [one] 1 day
   *[other] { $longest } days
}.
# $unit: "week" or "day", $n of them.
records-stats-pain-same = Pain before workouts stayed around { $from } over the last { $unit ->
    [week] { $n ->
        [one] 1 week
       *[other] { $n } weeks
    }
   *[day] { $n ->
        [one] 1 day
       *[other] { $n } days
    }
}.
records-stats-pain-change = Pain before workouts went from { $from } to { $to } over { $unit ->
    [week] { $n ->
        [one] 1 week
       *[other] { $n } weeks
    }
   *[day] { $n ->
        [one] 1 day
       *[other] { $n } days
    }
}.

## Import

records-imported-empty = Imported the file: it held no sessions.
records-imported-all-new = { $count ->
    [one] Imported 1 session: it is new.
   *[other] Imported { $count } sessions: all new.
}
records-imported-none-new = { $count ->
    [one] Imported 1 session: all were already here, nothing new.
   *[other] Imported { $count } sessions: all were already here, nothing new.
}
records-imported-some-new = Imported { $count } sessions: { $added } new, the rest were already here.

## Answers to what the person did (settings, ratings, suggestions)

records-pain-range = Choose a number from 0 to 10.
records-no-such-workout = That workout is not in your history.
records-pain-logged = Logged: your back feels { $pain } out of 10 today. It shows in History.
# $name: the exercise; $level: its new level's label.
records-next-level = From your next workout: { $name }, { $level }.
records-stretches-always = The stretches come after every workout: they cannot be left out.
records-stretches-fixed = The stretches stay the same every time: they do not progress.
records-swing-rest = Rest at least { $min } s between leg swings.
records-crunch-rest = Rest about { $about } s between crunch sets: choose { $min } to { $max } s.
# $name: one of records-limit-….
records-limit = { $name }: choose { $min } to { $max } s.
records-limit-get-ready = Get ready
records-limit-breath = One slow breath
records-limit-bridge-rest = Rest between bridges
records-limit-change = Time to change position
records-limit-crunch-rest = Rest between crunch sets
records-limit-swing-rest = Rest between leg swings
records-core-breaths = Choose between 1 and { $max } core breaths.
records-volume = Volume goes from 0 to 100%.
records-no-level = { $name } has no level { $level }.
records-one-step = { $name } moves one step at a time; choose the next level up or down.
records-not-a-choice = That choice is not part of this suggestion.
# One exercise raised by more than a step: $from and $to are level labels.
records-jump = { $name } from { $from } to { $to } ({ $steps } steps at once)
# Two items: $first may itself be a records-and.
records-and = { $first } and { $then }
# $jumps: one or more records-jump.
records-jump-question = You are raising { $jumps }. The routine builds up slowly: one step at a time, and only once the current step feels easy and leaves your back no worse. Upright offers each step when your workouts show you are ready. Raise it anyway?

## Suggestions: a step up, a step back or a pause; $name is the exercise,
## $level a level's label

records-step-back = { $name } hurt last time. Go one step easier, to { $level }, until it feels comfortable again?
records-stay-start = { $name } hurt last time. Keep it at the start and move gently; if it keeps hurting, leave it out and ask a doctor or physiotherapist.
records-stay-pain = Your back hurt more after the last workout. Keep { $name } at { $level } for now; step up only once workouts leave your back no worse.
records-rate-pain = Your workouts are going well. Before Upright offers a next step, rate how your back feels before or after your next workouts, so it can tell the extra work suits you.
records-up-crunch-top = Ready for the last crunch step? Pick 4 sets of 25 or 5 sets of 20: either makes 100, the most a session should ever hold.
records-up-crunch-reps = Ready for { $reps } crunches a set?
records-up-crunch-sets = Ready for { $sets } sets of { $reps } crunches?
records-up-ball = Four bridges feel easy now. Ready to try them with your knees over an exercise ball?
records-up-ball-bridges = Ready for { $repeats } ball bridges of { $seconds } seconds?
records-up-bridges = Ready for { $repeats } bridges of { $seconds } seconds?
records-up-swings = Every round feels easy now. Ready to swing longer when you like, { $seconds } seconds more at a time, until you are tired?
# $dosage: the new dosage in words.
records-up-other = Ready for { $dosage }?

## Records dated after today, set aside when the history is read

records-set-aside = { $ratings ->
    [0] { $workouts ->
        [one] 1 workout
       *[other] { $workouts } workouts
    }
   *[other] { $workouts ->
        [0] { $ratings ->
            [one] 1 pain rating
           *[other] { $ratings } pain ratings
        }
        [one] 1 workout and { $ratings ->
            [one] 1 pain rating
           *[other] { $ratings } pain ratings
        }
       *[other] { $workouts } workouts and { $ratings ->
            [one] 1 pain rating
           *[other] { $ratings } pain ratings
        }
    }
} saved here { $count ->
    [one] is
   *[other] are
} dated after today (from { $from }): this device's clock may have been changed, or the saved data is damaged. They were set aside, so suggestions, the day's crunch limit and the pain warning do not use them, and the original text is kept: you can download it.

## The report

records-period-4w = Last 4 weeks
records-period-3m = Last 3 months
records-period-all = Everything recorded

## Reminders

records-days-every = every day
records-days-workdays = weekdays (Monday to Friday)
records-days-none = no day
# $rest: weekday names joined by ", ".
records-days-and = { $rest } and { $last }
records-ics-summary = Upright: back routine
records-ics-text = Time for your back routine: about { $minutes } minutes with Upright. Open Upright and tap Start; stop whatever hurts.
records-notification = Your back routine is waiting: about { $minutes } minutes. Tap to open Upright.
records-ics-no-day = Choose at least one day for the reminder.

## The spreadsheet (CSV) export: column names, and yes/no cells

records-csv-date = date
records-csv-start = start time
records-csv-minutes = duration min
records-csv-completed = completed
records-csv-pain-before = pain before
records-csv-pain-after = pain after
records-csv-felt = felt
records-csv-holds = bridge holds
records-csv-reps = crunch reps
records-csv-sets = crunch sets
records-csv-breaths = core breaths
records-csv-sides = swing sides
records-csv-stretches = stretches done
records-csv-skipped = skipped exercises
records-csv-stopped = stopped for pain
records-csv-note = note
records-csv-yes = yes
records-csv-no = no
records-csv-partly = partly

## Storage: what the person is told when saved data cannot be read or written

records-unreadable = Some saved data could not be read.
records-kept-aside = Upright started with everything it could read and kept the original text aside: you can download it.
records-not-kept-aside = The original text could not be set aside, so Upright will not overwrite it: download it before saving new workouts.
records-storage-full = This device's storage for Upright is full. Your workouts are safe in this page for now: export them so nothing is lost.
records-storage-refused = This browser did not let Upright save. Your workouts are safe in this page for now: export them so nothing is lost.
records-no-storage = This browser does not let Upright keep data, so history lasts only until you close the page. Export before you leave.
records-held-in-page = Your new data is kept in this page only until the unreadable saved text is downloaded. Use the button below, then reload.

# A dosage with the rest these settings give it. $dosage: the dosage in words.
records-dosage-hold-rest = { $dosage }, { $seconds } s rest between holds
records-dosage-set-rest = { $dosage }, { $seconds } s rest
records-dosage-swing-rest = { $dosage }, at least { $seconds } s rest between swings
