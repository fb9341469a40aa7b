# The coach's words (src/workout): step titles and instructions on screen,
# what the coach says when, the crunch note and the player's labels.
# $side is "left" or "right"; numbers in spoken lines come as words.

## Step titles (on screen, and read out by the coach)

coach-title-get-ready = Get ready
# $name: the exercise or stretch that comes next. Also the player's "next up" line.
coach-next = Next: { $name }
coach-title-rest = Rest
coach-title-bridge = Bridge hold
coach-title-ball-bridge = Ball bridge hold
coach-title-crunches = Crunches
coach-title-core-breath = Core breath
coach-title-front-swings = { $side ->
    [left] Front swings – left leg
   *[right] Front swings – right leg
}
coach-title-side-swings = { $side ->
    [left] Side swings – left leg
   *[right] Side swings – right leg
}
coach-title-cobra = Cobra
coach-name-side-reach = Side reach
coach-title-side-reach = { $side ->
    [left] Side reach – left
   *[right] Side reach – right
}
coach-last-step = Last step

## Step instructions (on screen; the coach reads some of them)

coach-setup-bridge = Lie on your back, knees bent, feet flat, elbows down.
coach-setup-ball-bridge = Lie on your back, the backs of your knees over the ball.
coach-setup-crunches = Stay on your back, knees bent, hands lightly behind your head.
coach-setup-core-breath = Stay on your back and let your breathing settle.
coach-setup-leg-swings = Stand up, a chair or wall within reach.
coach-setup-stretches = Lie on your stomach, hands flat beside your chest.
coach-setup-side-reach = Stand up, reach up and lock your fingers overhead.
coach-do-bridge = Push your hips up and hold steady.
coach-do-ball-bridge = Push your hips up off the ball and hold steady.
coach-rest-bridge = Lower your hips slowly and breathe.
coach-do-crunches-paced = Curl up on each tick, just off the floor.
coach-do-crunches-counted = Count small quick curls, shoulders just off the floor. Tap Done after the set.
coach-rest-crunches = Rest on your back and breathe easy.
coach-do-core-breath = Breathe in deep, then out slowly through a small "oo". Keep your belly domed.
coach-do-front-swing = { $side ->
    [left] Swing your left leg front to back, foot off the floor.
   *[right] Swing your right leg front to back, foot off the floor.
}
coach-do-side-swing = { $side ->
    [left] Swing your left leg out to the side and back across.
   *[right] Swing your right leg out to the side and back across.
}
# $stop: the label of the button that ends the round (coach-stop-round).
coach-do-swing-again = { $side ->
    [left] One more round on your left leg. Too hard? Tap { $stop }.
   *[right] One more round on your right leg. Too hard? Tap { $stop }.
}
coach-rest-swings = Both feet down, breathe easy.
coach-do-cobra = Push up slowly, hips down, only as far as is comfortable, then take { $breaths ->
    [one] one slow deep breath.
   *[other] { $breaths } slow deep breaths.
}
coach-rest-cobra = Lower down slowly and relax.
coach-do-side-reach = { $side ->
    [left] Lean slowly to the left, take one slow deep breath, and come slowly back up.
   *[right] Lean slowly to the right, take one slow deep breath, and come slowly back up.
}

## The player's buttons for a swing round

coach-stop-round = Stop this round
coach-extend = +30 s

## What the coach says. A step as said inside a sentence: lower case
## where the language allows it, no dash.

coach-say-step = { $step ->
    [get-ready] get ready
    [rest] rest
    [bridge] bridge hold
    [ball-bridge] ball bridge hold
    [crunches] crunches
    [core-breath] core breath
    [front-swings] front swings, { $side ->
        [left] left leg
       *[right] right leg
    }
    [side-swings] side swings, { $side ->
        [left] left leg
       *[right] right leg
    }
    [cobra] cobra
    [side-reach] side reach, { $side ->
        [left] left
       *[right] right
    }
   *[next] next: { coach-say-exercise }
}
# $exercise: which exercise, as said inside a sentence.
coach-say-exercise = { $exercise ->
    [back-bridge] back bridge
    [crunches] crunches
    [core-breath] core breath
    [leg-swings] leg swings
    [side-reach] side reach
   *[mid-back-stretches] mid-back stretches
}
# $count: the number in words; $what: coach-say-step.
coach-say-count = { $count } { $what }
# $round: the round's number in words ("two").
coach-say-round = { $what }, round { $round }
coach-say-last-set = { $what }, the last set
coach-say-last-hold = { $what }, the last one

coach-line-rest = Rest.
coach-line-get-ready = Get ready.
coach-line-next = Next: { $what }.
coach-line-hold = Hold.
coach-line-last-hold = Last one. Hold.
coach-line-go = Go.
coach-line-last-five = Last five.
# A set the person counts. $count: the number in words, capitalised.
coach-line-set = { $count } { $what }. Go.
coach-line-last-set = Last set. { $count } { $what }. Go.
coach-line-left-leg = Left leg. Go.
coach-line-right-leg = Right leg. Go.
coach-line-switch-legs = Switch legs. Go.
coach-line-halfway = Halfway.
coach-line-lean-left = Lean slowly to the left.
coach-line-lean-right = Now slowly to the right.
coach-line-last-left = Last time: lean to the left.
coach-line-last-right = And the last one, to the right.
coach-line-again-left = Over to the left again.
coach-line-again-right = And over to the right.
coach-line-push-up = Push up slowly.
coach-line-last-push-up = Last one. Push up slowly.
coach-line-in = Breathe in.
coach-line-last-in = Last one. Breathe in.
coach-line-last-five-in = Last five. Breathe in.
coach-line-in-again = In again.
coach-line-out-oo = Out, through a small oo.
coach-line-out-slowly = Slowly out.
coach-line-out = And out.
coach-line-back-up = Slowly back up.
coach-line-back-middle = And slowly back to the middle.
coach-line-done = Workout done. Well done.
# After "this hurts": no praise, a kind word.
coach-line-done-gently = That's all for today. Rest now, and be gentle with your back.
# On resuming after a pause. $next, $what: coach-say-step and its count or round.
coach-resume-rest = Going again: rest, then { $next }.
coach-resume-get-ready = Going again. Next: { $next }.
coach-resume-step = Going again: { $what }.
coach-resume = Going again.

## Before starting: the day's crunch limit

coach-crunch-note-none = You have done { $done } crunches today, the day's limit of { $limit }: this workout leaves them out.
coach-crunch-note-within = You have done { $done } crunches today; this workout adds { $total }, within the day's limit of { $limit }.
coach-crunch-note-cut = You have done { $done } crunches today. With the day's limit of { $limit }, this workout has { $left } left: { $sets ->
    [one] 1 set of { $reps }.
   *[other] { $sets } sets of { $reps }.
}
coach-error-twice = Each exercise can be in the workout only once.

## When the device cannot do what the cue mode asks

coach-fallback-beeps-for-vibration = This browser cannot vibrate, so Upright beeps instead.
coach-fallback-beeps-without-voice = This browser cannot speak, so Upright only beeps.
coach-fallback-voice-without-beeps = This browser cannot play beeps, so Upright only speaks.
coach-fallback-screen-only = This browser cannot play sounds or vibrate: follow the screen.
coach-unavailable-voice = Voice is not available: this browser cannot speak.
coach-unavailable-beeps = Beeps are not available: this browser cannot play them.
coach-unavailable-vibrate = Vibrate only is not available: this browser cannot vibrate (no iPhone browser can). Upright beeps instead.
