# The screens' words (src/ui). Messages are grouped by screen.

## Settings: the language

ui-language-choice = Language
# $name: the phone's own language, named in itself ("Deutsch").
ui-language-phone = The phone's language ({ $name })
# $name: the language, named in itself. The app goes on in the language it has.
ui-language-unavailable = The words in { $name } could not be loaded. Try again once the phone is online.
# $name: the language, named in itself.
ui-language-no-voice = This phone has no voice for { $name }: the coach reads the words with the phone's default voice.

## Shared

ui-back = Back
ui-history = History
ui-settings = Settings
ui-paused = Paused
ui-resume = Resume
ui-save = Save
ui-save-what-i-did = Save what I did
ui-discard = Discard
ui-dismiss = Dismiss
ui-export-history = Export history
ui-report-for-doctor = Report for my doctor
ui-safety = Safety
# $count: a number of days.
ui-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
# $minutes: whole minutes.
ui-minutes-short = { $minutes } min
ui-pain-hint = 0 is no pain, 10 the worst you can imagine. Optional: tap again to clear.
ui-doctor-seen = I have seen a doctor about this
ui-download-raw = Download the original text

## Home

ui-home-lead = Five gentle exercises for your middle back. Put the phone down beside you: Upright times every step, counts your crunches and tells you what comes next.
# $minutes: today's workout, in whole minutes.
ui-home-minutes = { $minutes ->
    [one] About { $minutes } minute
   *[other] About { $minutes } minutes
}
ui-home-left-out = left out of the plan
ui-home-pain-question = How does your back feel right now?
ui-home-running = A workout is in progress, paused where you left it.
ui-home-back-to-workout = Back to the workout
ui-home-start = Start workout
# $pain: the rating just chosen, 9 or 10.
ui-home-ask-title = Your back is at { $pain } out of 10. Go on today?
ui-home-ask-text = On a day this bad, rest is fine, and so are the gentle stretches alone (a few minutes, only as far as is comfortable). If the pain is new, or comes with other symptoms, see a doctor.
ui-home-ask-stretches = Only the gentle stretches
ui-home-ask-rest = Rest today and log how I feel
ui-home-ask-anyway = The whole workout anyway
ui-home-log-pain = No workout today? Log how your back feels

## The exercise card

ui-card-back-to-workout = Back to workout
ui-card-today = Today:
ui-card-how = How to do it
ui-card-form = Form
ui-card-care = Take care
ui-card-building-up = Building up
ui-card-variations = Variations

## The player

ui-player-how = How do I do this?
ui-player-progress = Workout progress
ui-player-sound-on = Tap to turn sound back on
ui-player-hurt-note = Stopped. Let's do the gentle stretches; skip them if they hurt too.
ui-player-done = Done
ui-player-prev = ◀ Previous
ui-player-prev-label = Previous step
ui-player-pause = Pause
ui-player-next = Skip ▶
ui-player-next-label = Next step
ui-player-hurts = This hurts
ui-player-finish = Finish now
# $kind: what is counted (hold, cobra, reach, breath, set); $index of $count.
ui-step-count = { $kind ->
    [hold] Hold
    [cobra] Cobra
    [reach] Reach
    [breath] Breath
   *[set] Set
} { $index } of { $count }
# $side: left or right; $part: leg (leg swings) or side.
ui-step-side = { $side ->
    [left] { $part ->
        [leg] Left leg
       *[side] Left side
    }
   *[right] { $part ->
        [leg] Right leg
       *[side] Right side
    }
}
# Between the crunch a paced set is on and the set's size: "3 of 15 reps".
ui-step-rep-of = of
# $count: the reps of the set.
ui-step-reps = { $count } reps
ui-step-seconds-left = seconds left
# After the size of a set counted by the person: "15 reps".
ui-step-reps-unit = reps

## The player's questions

# Spoken when "This hurts" is pressed.
ui-hurt-say = Stop and rest. Breathe easy, and don't push through pain.
ui-hurt-title = Stop and rest
ui-hurt-text = The workout is paused. Breathe easy and don't push through pain. When you're ready:
ui-hurt-stretches = Go on to the gentle stretches
ui-hurt-end = End the workout
ui-hurt-continue = It was a twinge: continue
ui-finish-title = Finish the workout now?
ui-finish-text-stretches = The gentle stretches end every workout: do them now, then it is saved. Or save what you did so far, or leave no record.
ui-finish-text = Save what you did so far, or leave no record of this workout.
ui-finish-stretch = Stretch, then finish
ui-finish-keep = Keep going
ui-finish-discard = Discard this workout
# $count: how long the person was away, in the unit of the message.
ui-away-days = { $count } days
ui-away-hours = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
ui-away-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
ui-stale-title = Welcome back
# $away: how long, from ui-away-days, -hours or -minutes.
ui-stale-text = You were away for { $away }; the workout stopped where you left it. Carry on from where you were, keep what you did, or let it go.
ui-leave-title = Leave the workout?
ui-leave-text = It pauses where you leave it, and waits for you to come back to it from home.
ui-leave-stay = Stay in the workout
ui-leave-go = Leave for now

## Summary

ui-summary-missing = That workout is not in your history.
# $minutes and $seconds (two digits) of the workout's length.
ui-summary-duration = { $minutes } min { $seconds } s
ui-summary-pain = How does your back feel now?
ui-summary-felt = How did it feel?
ui-summary-note = Note (optional)
ui-summary-saved = Saved.
ui-summary-continue = Continue

## Suggestions

ui-suggestions-title = Your next step
ui-suggestion-accept = Accept
# The crunches' final choice: $sets sets of $reps.
ui-suggestion-sets = { $sets } sets of { $reps }
ui-suggestion-got-it = Got it
ui-suggestion-not-yet = Not yet

## History

ui-history-done = Workouts done
ui-history-week = This week
ui-history-streak = Current streak
ui-history-longest = Longest streak
ui-history-export-reminder = Your browser may clear Upright's data. Export your history now and then to keep a copy.
ui-history-export-json = Export (JSON)
ui-history-export-csv = Export for a spreadsheet (CSV)
ui-history-import = Import a JSON export
# $count: workouts not shown yet.
ui-history-more = Show older workouts ({ $count } more)
# $why: what was wrong with the file.
ui-history-import-failed = That file was not imported and nothing changed: { $why }
ui-history-pain-both = pain { $before } → { $after }
ui-history-pain-before = pain { $before } before
ui-history-pain-after = pain { $after } after
# How the person said the workout felt.
ui-history-felt = { $felt ->
    [easy] felt easy
    [good] felt about right
   *[hard] felt hard
}
# $month: 1 to 12; $year.
ui-calendar-month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
# The first letters of the weekdays, Monday first, separated by spaces.
ui-calendar-weekdays = M T W T F S S
ui-calendar-workout-done = workout done
# $pain: 0 to 10.
ui-calendar-pain-logged = back pain logged { $pain } of 10
ui-calendar-key-workout = workout
ui-calendar-key-logged = pain logged, no workout
ui-chart-pain = Pain before and after workouts, and on days without one, 0 to 10, by date
ui-chart-crunches = Crunches per day, by date
ui-chart-key-before = pain before
ui-chart-key-after = pain after
ui-chart-key-without = without a workout
ui-chart-key-crunches = crunches per day
ui-pain-log-title = Without a workout
# $date: date and time; $pain: 0 to 10.
ui-pain-log-item = { $date }: back pain { $pain } of 10

## Settings

ui-settings-cues = Cues
ui-cue-voice = Voice and beeps
ui-cue-beeps = Beeps only
ui-cue-vibrate = Vibrate only
ui-cue-silent = Silent
ui-settings-volume = Volume
ui-settings-test-sound = Test sound
# Spoken by "Test sound".
ui-settings-test-line = This is how Upright sounds.
ui-settings-timing = Timing
ui-settings-get-ready = Get ready
ui-settings-slow-breath = One slow breath
ui-settings-bridge-rest = Rest between bridges
ui-settings-change-position = Time to change position
ui-settings-crunches = Crunches
ui-pace-self = I count and tap Done
ui-pace-fast = Ticked for me: fast (1.2 s each)
ui-pace-medium = Ticked for me: 1.5 s each
ui-pace-steady = Ticked for me: 2 s each
ui-pace-slow = Ticked for me: slow (3 s each)
ui-settings-crunch-rest = Rest between crunch sets
ui-settings-swing-rest = Rest between leg swings
ui-settings-exercises = Exercises and levels
ui-settings-core-breaths = Core breaths
ui-unit-seconds = s
ui-unit-breaths = breaths
# $label: the field; $min and $unit: the lowest value the routine allows.
ui-settings-at-least = { $label }: the routine needs at least { $min } { $unit }.
# $name: the exercise (the label of its level list).
ui-settings-level = { $name } level
ui-jump-title = More than one step up?
ui-jump-keep = Keep the current level
ui-jump-confirm = Raise it anyway
ui-settings-display = Display
ui-theme-system = Match the system
ui-theme-light = Light
ui-theme-dark = Dark
ui-settings-large-text = Larger text
ui-settings-data = Your data
ui-persist-yes = This browser has agreed to keep Upright's data.
ui-persist-no = This browser may clear Upright's data when space runs low: export now and then.
ui-persist-unknown = Upright asks the browser to keep its data after your first saved workout.
ui-settings-safety-info = Safety information
ui-voice = Voice
ui-voice-default = Browser default
ui-storage-note = Safari may delete Upright's data after 7 days without use, unless Upright is on your Home Screen. Add it (see Install above), and export your history now and then.
ui-screen-on-ios = Keep the screen on: this browser cannot do it by itself. For the workout, set Settings → Display & Brightness → Auto-Lock to Never, or tap the screen now and then.
ui-screen-on = Keep the screen on: this browser cannot do it by itself. Tap the screen now and then, or lengthen the screen timeout in your phone's settings.

## Reminders

ui-reminders = Reminders
ui-reminders-hint = Choose days and a time, then add them to your calendar: your calendar reminds you, no account needed. Adding a new file updates the same event.
ui-reminder-days = Days
ui-reminder-every-day = Every day
ui-reminder-weekdays = Weekdays
ui-reminder-time = Time
ui-reminder-none = No day chosen yet.
# $days: the chosen days in words; $time: the time of day.
ui-reminder-summary = Reminder { $days } at { $time }.
ui-reminder-add = Add to my calendar
ui-reminder-notify = Also show a notification when I open Upright on a reminder day before my workout
ui-reminder-blocked = Notifications are blocked for Upright: you can allow them in the browser’s site settings.
ui-reminder-installed = This works best with Upright installed on your home screen.

## Install

ui-install = Install
ui-install-text = Install Upright to open it from your home screen, full screen and offline, like any other app.
ui-install-button = Install Upright
ui-install-ios = Add Upright to your Home Screen: it opens full screen, works offline, and Safari keeps its data.
# Safari's own button names, as an iPhone in this language shows them.
ui-ios-share = Share
ui-ios-add-home = Add to Home Screen
ui-ios-add = Add
# $share: ui-ios-share.
ui-install-step-share = Tap { $share } in Safari's toolbar.
# $home: ui-ios-add-home; $add: ui-ios-add.
ui-install-step-add = Choose { $home }, then { $add }.

## Update

ui-update-ready = A new version of Upright is ready.
ui-update-now = Update now
ui-updating = Updating…

## Screening

ui-doctor-title = Please see a doctor first
ui-doctor-lead = With one of these signs, exercise should wait until a doctor or physiotherapist has looked at your back. Upright will not start a workout for now.
ui-doctor-urgent = Trouble controlling your bladder or bowels, or numbness or weakness in your legs that is new or getting worse, needs care today: call your doctor, or your local emergency number.
ui-doctor-return = Once a doctor has said these exercises are fine for you, come back and choose “I understand”.
ui-doctor-back = Back to the list

## Notices

ui-storage-full = Storage is full: if this page reloads, the workout will restart from the beginning.
# $why: the rule the saved workout breaks.
ui-resume-failed-limits = The workout in progress could not be resumed: it breaks the routine's limits ({ $why }). It was kept aside and you can download it.
ui-resume-failed-unreadable = The workout in progress could not be resumed: its saved state was unreadable. It was kept aside and you can download it.
ui-pain-choose-first = Choose a number first: how does your back feel right now?
# $pain: 0 to 10.
ui-pain-logged = Logged: your back feels { $pain } out of 10 today. It shows in History.
ui-file-refused = The browser refused to create the file.
# $size: the largest file read, in MB.
ui-file-too-large = That file is larger than { $size } MB: it is not an Upright export.
ui-file-unreadable = The file could not be read.
ui-panic = Something went wrong and Upright stopped. Your saved workouts are untouched. Reload to carry on; if it happens again, download your data to keep a copy.
ui-panic-download = Download my data
ui-panic-reload = Reload

## The report

ui-report-intro = Print it, or save it as a PDF from the print window, and take it to your appointment. Nothing leaves this device unless you share it.
ui-report-period = Period
ui-report-with-notes = Include my notes
ui-report-print = Print or save as PDF
ui-report-title = Home exercise and back pain
ui-report-fill = Name: ______________________   Date of birth: ______________
# $date: the day the report was made.
ui-report-made = Made with Upright on { $date }, from what the person recorded on their own device.
ui-report-routine = The routine: back bridge, crunches, core breath, leg swings and mid-back stretches, done at home.
ui-report-workouts = Workouts
ui-report-completed = Done to the end
ui-report-workout-days = Days with a workout
# $days of $span days of the period.
ui-report-days-of = { $days } of { $span }
ui-report-per-week = Per week, on average
ui-report-time = Time exercising
ui-report-stops = “This hurts” stops
ui-report-per-week-title = Workouts per week
ui-report-per-month-title = Workouts per month
ui-report-workouts-table = Workouts, table
ui-report-day = Day
ui-report-week = Week
ui-report-month = Month
ui-report-days = Days
ui-report-pain-title = Pain before and after workouts
ui-report-pain-day = Ratings from 0 (no pain) to 10 (worst), as the person gave them.
ui-report-pain-week = Ratings from 0 (no pain) to 10 (worst): averages of the rated days of each week.
ui-report-pain-month = Ratings from 0 (no pain) to 10 (worst): averages of the rated days of each month.
# $count: workouts with both ratings; $before and $after: averages.
ui-report-around = { $count ->
    [one] Over the { $count } workout with both ratings, pain averaged { $before } before a workout and { $after } after it.
   *[other] Over the { $count } workouts with both ratings, pain averaged { $before } before a workout and { $after } after it.
}
# $early and $late: averages of the first and the last week rated.
ui-report-change = Pain before workouts averaged { $early } in the first week rated and { $late } in the last.
ui-report-rest-title = Days rated without a workout
ui-report-no-rest = No day was rated without a workout.
ui-report-stops-title = Exercises stopped with “this hurts”
ui-report-no-stops = No exercise was stopped with “this hurts”.
ui-report-stops-table = Exercises stopped, table
ui-report-time-col = Time
ui-report-exercise = Exercise
ui-report-done-before = Done before stopping
ui-report-pain = Pain
# $before, $after: ratings of a workout stopped with "this hurts".
ui-report-pain-both = { $before } → { $after }
ui-report-pain-before = { $before } before
ui-report-pain-after = { $after } after
ui-report-warnings-title = Warnings shown
ui-report-no-warnings = Upright did not show its “see a doctor” warning in this period.
ui-report-warning = Upright suggested seeing a doctor or physiotherapist.
# $why: what the ratings showed.
ui-report-warning-why = What the ratings showed then: { $why }
ui-report-levels-title = Each exercise’s level over time
ui-report-levels-table = Levels, table
ui-report-planned = Planned
ui-report-level = Level
ui-report-in-full = Done in full
ui-report-not-done = Not in any workout of this period.
ui-report-free = chosen freely
# Level $level of $count.
ui-report-level-of = { $level } of { $count }
ui-report-notes-title = The person’s notes
ui-report-no-pain = No pain was rated in this period.
ui-report-pain-table = Pain, table
ui-report-before = Before
ui-report-after = After
ui-report-on-its-own = On its own
ui-report-pain-chart = Pain chart: the numbers are in the table beside it.
ui-report-workouts-chart = Workouts chart: the numbers are in the table beside it.
ui-report-key-before = before a workout
ui-report-key-after = after
ui-report-key-own = rated on its own (no workout)
ui-report-foot = Upright is a home exercise coach, not a medical device; it keeps everything on the device and sent nothing anywhere to make this report.
