# Safety lines shown on the home screen, the first-run screen and the cards.
safety-not-a-doctor = Upright offers general exercise guidance. It does not replace a doctor or physiotherapist.
safety-lasting-pain = If back pain lasts more than a few days, or comes with other symptoms, see a doctor.
safety-listen = Listen to your body: stop any movement that hurts and never push past the routine's limits.

# The first-run screening (also written into index.html at build time, in English).
safety-screening-title = Before you start
safety-screening-lead = Upright guides you through a short routine of general exercises for middle back pain. It is not medical advice and does not replace a doctor or physiotherapist.
safety-screening-signs = See a doctor before you exercise if you have
safety-screening-listen = While you exercise, listen to your body: stop any movement that hurts, and never go past the routine's limits.
safety-screening-lasting = If back pain lasts more than a few days, or comes with other symptoms, see a doctor.
safety-screening-accept = I understand
safety-screening-has-sign = I have one of these

## records

# The signs that need a doctor before any exercise (the first-run
# screening and the pain warning list them).
safety-sign-injury = pain that started after a fall, an accident or another injury
safety-sign-fever = a fever, or feeling generally unwell, along with the back pain
safety-sign-legs = numbness, tingling or weakness in your legs
safety-sign-bladder = trouble controlling your bladder or bowels
safety-sign-weight = weight loss you cannot explain
safety-sign-night = severe pain at night or pain that does not ease when you rest

# Why the pain warning is shown: $pain is a rating 0-10, $days a count of
# days, $window the days looked at.
safety-why-severe = Your back has hurt at { $pain } or more on { $days } of the last { $window } days.
safety-why-lasting = Your back has hurt at { $pain } or more on { $days } of the last { $window } days.
safety-why-recurring = Your back has hurt at { $pain } or more on { $days } days in the last four weeks.
safety-why-rising = Your pain ratings have gone up clearly over the past week.
safety-why-steady = Your back has stayed around { $pain } out of 10 over { $weeks } weeks of regular workouts without getting better.
safety-why-worse-day = Your back has hurt at { $pain } out of 10 since you said you had seen a doctor, more than in the week before.
# $now and $then: averages with one decimal.
safety-why-worse-average = Your pain ratings since you said you had seen a doctor average { $now }, up from { $then } the week before.
# $why: one safety-why-… sentence; $signs: the warning signs joined by "; ".
safety-pain-warning = { $why } Pain that lasts more than a few days deserves a doctor's or physiotherapist's look, so please book one. Until then keep the workouts gentle, or pause them. See a doctor straight away, and do not exercise, if you notice: { $signs }.
safety-doctor-seen = Thank you. Upright will not repeat this warning for four weeks unless your pain gets worse. If any of the warning signs appear, see a doctor straight away.
