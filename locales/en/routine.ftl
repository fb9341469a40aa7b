# The routine's words (src/routine): each exercise's card, its levels,
# dosage summaries and the reasons a dosage is refused.

## Back bridge

routine-back-bridge-name = Back bridge
routine-back-bridge-purpose = Lifting into a steady bridge trains the deep belly and seat muscles that hold your spine in line.
routine-back-bridge-step-1 = Lie on your back with your knees bent and your feet flat on the floor.
routine-back-bridge-step-2 = Rest your elbows on the floor beside you for support.
routine-back-bridge-step-3 = Tighten your belly and push your hips up until shoulders, hips and knees form one straight line.
routine-back-bridge-step-4 = Hold the bridge steady for 10 seconds, then lower slowly.
routine-back-bridge-cue-1 = Keep a straight line from shoulders to knees.
routine-back-bridge-cue-2 = Breathe while you hold.
routine-back-bridge-caution-1 = Build up slowly, even when it feels easy.
routine-back-bridge-caution-2 = Never aim for extreme numbers: Upright stops at 6 holds of 30 seconds on the ball.
routine-back-bridge-caution-3 = Listen to your body and lower down if anything hurts.
routine-back-bridge-progression = Add one hold at a time, from 2 up to 4. Then rest the backs of your knees on an exercise ball. After that the holds grow a little at a time, a few seconds longer or one more, up to 6 holds of 30 seconds.
routine-back-bridge-alt = A person lying on the back with knees bent lifts the hips until shoulders, hips and knees are in line.
routine-back-bridge-ball-name = Ball bridge (harder)
routine-back-bridge-ball-how = Rest the backs of your knees on an exercise ball and lift from there. Use it only once 4 floor bridges feel easy.
routine-back-bridge-ball-alt = A person lying on the back with the knees over an exercise ball, hips lifted.

## Crunches

routine-crunches-name = Crunches
routine-crunches-purpose = Strong upper belly muscles help hold the middle of your spine in better alignment.
routine-crunches-step-1 = Lie on your back, knees bent, feet flat.
routine-crunches-step-2 = Rest your hands lightly behind your head so they support your neck.
routine-crunches-step-3 = Curl your shoulders just off the floor and back down, quickly and smoothly.
routine-crunches-step-4 = Do the set, rest about 45 seconds, then do the next set.
routine-crunches-cue-1 = Lift only a little: going higher slows you down and arches your back.
routine-crunches-cue-2 = Let your hands carry your head, never push it: if you catch yourself pushing your neck forward, put your hands across the chest instead.
routine-crunches-caution-1 = Never more than 100 crunches in a day, all workouts together: more brings harm, not progress.
routine-crunches-caution-2 = Stop if your neck or back hurts.
routine-crunches-progression = Go from 15 to 20 reps, then add sets up to 4. For the last step pick 25 reps or 5 sets: either makes 100, the limit.
routine-crunches-alt = A person on the back with hands behind the head curls the shoulders slightly off the floor.
routine-crunches-chest-name = Hands across the chest
routine-crunches-chest-how = If you find yourself pushing your neck forward with your hands, rest them across your chest instead.
routine-crunches-chest-alt = A person on the back with hands across the chest curls the shoulders slightly off the floor.

## Core breath

routine-core-breath-name = Core breath
routine-core-breath-purpose = A full breath pushed out against resistance works the whole core, back and sides included.
routine-core-breath-step-1 = Stay on your back and take a moment to settle.
routine-core-breath-step-2 = Breathe in deeply so your belly, ribs and back all expand.
routine-core-breath-step-3 = Breathe out slowly through a small "oo" shape with your lips.
routine-core-breath-step-4 = Keep your belly domed until the very end of the breath; do not suck it in.
routine-core-breath-cue-1 = Belly stays domed to the end of the breath.
routine-core-breath-cue-2 = Make the "oo" small so the air meets resistance.
routine-core-breath-caution-1 = This one is gentle: grow it at whatever pace feels comfortable.
routine-core-breath-progression = Start with 5 and add breaths whenever you like, up to 30, at a pace that feels comfortable: you won't hurt yourself with this one.
routine-core-breath-alt = A person lying on the back breathes in with a domed belly, then breathes out through rounded lips.

## Leg swings

routine-leg-swings-name = Leg swings
routine-leg-swings-purpose = Swinging the leg wakes up the seat muscles, the foundation your core stands on.
routine-leg-swings-step-1 = Stand tall, with a hand on a wall or chair if you need it.
routine-leg-swings-step-2 = Lift one foot just clear of the floor.
routine-leg-swings-step-3 = Swing that leg front to back for 30 seconds, then put it down and rest.
routine-leg-swings-step-4 = Do one more round on the same leg; if it feels too hard, stop that round early.
routine-leg-swings-step-5 = Switch legs and do the same, resting at least 15 seconds between swings.
routine-leg-swings-step-6 = Then swing side to side the same way: two rounds on each leg, first leg first.
routine-leg-swings-cue-1 = Keep the swinging foot off the floor.
routine-leg-swings-cue-2 = Stand tall; let the hip do the work.
routine-leg-swings-caution-1 = Hold on to something if your balance wobbles.
routine-leg-swings-caution-2 = The second round on each leg is yours to cut short: stop it if it feels too hard.
routine-leg-swings-progression = Once every round feels easy, you may swing longer, 30 seconds more at a time, until you are tired: you won't hurt yourself with this one.
routine-leg-swings-front-name = Front-to-back swing
routine-leg-swings-front-how = Swing the leg forward and back, like a pendulum.
routine-leg-swings-front-alt = A person standing on one leg, a hand on a chair, swings the other leg forward and back.
routine-leg-swings-side-name = Side-to-side (lateral) swing
routine-leg-swings-side-how = Swing the leg out to the side and back across the body.
routine-leg-swings-side-alt = A person standing on one leg, a hand on a chair, swings the other leg out to the side and back across.

## Mid-back stretches

routine-mid-back-stretches-name = Mid-back stretches
routine-mid-back-stretches-purpose = Gentle stretches after the work ease tight muscles around the middle of your back.
routine-mid-back-stretches-step-1 = Cobra: lie on your stomach with your hands flat beside your chest.
routine-mid-back-stretches-step-2 = Push up slowly, hips staying on the floor, and arch only as far as is comfortable.
routine-mid-back-stretches-step-3 = Hold for 2 deep breaths in through the nose and out through the mouth, then lower. Do it 3 times.
routine-mid-back-stretches-step-4 = Side reach: stand, reach up and lock your fingers overhead.
routine-mid-back-stretches-step-5 = Lean slowly to one side for one deep breath, then slowly to the other. Do 3 on each side.
routine-mid-back-stretches-cue-1 = Hips stay on the floor in the cobra.
routine-mid-back-stretches-cue-2 = Move slowly into every stretch.
routine-mid-back-stretches-caution-1 = Never stretch further than is comfortable.
routine-mid-back-stretches-caution-2 = Stretch after every workout: Upright always ends with these, even when a workout stops because something hurt.
routine-mid-back-stretches-progression = Stretches do not progress: do the same set after every workout.
routine-mid-back-stretches-cobra-name = Cobra
routine-mid-back-stretches-cobra-how = A gentle backbend: hips down, chest up, only as far as is comfortable.
routine-mid-back-stretches-cobra-alt = A person lying face down pushes the chest up with the hands while the hips stay on the floor.
routine-mid-back-stretches-reach-name = Overhead side reach
routine-mid-back-stretches-reach-how = Fingers locked overhead, lean slowly to one side for a breath, then the other.
routine-mid-back-stretches-reach-alt = A person standing with fingers locked overhead leans slowly to one side, then the other.

## Levels: one rung of an exercise's ladder, in a list of rungs

routine-level-holds = { $repeats ->
    [one] { $repeats } hold
   *[other] { $repeats } holds
} of { $seconds } s
routine-level-holds-ball = { $repeats ->
    [one] { $repeats } hold
   *[other] { $repeats } holds
} of { $seconds } s with the ball
routine-level-holds-top = { $repeats ->
    [one] { $repeats } hold
   *[other] { $repeats } holds
} of { $seconds } s with the ball (the most)
routine-level-sets = { $sets } sets of { $reps }
routine-level-sets-limit = { $sets } sets of { $reps } ({ $total }, the limit)
routine-level-breaths-start = { $count } breaths to start
routine-level-swings = { $rounds } rounds of { $seconds } s each way per leg
routine-level-swings-longer = { $rounds } rounds each way, longer when easy
routine-level-stretches = the full stretch set

## Dosage: the work of one exercise in short, without its rests

routine-dosage-holds = { $repeats } × { $seconds } s hold
routine-dosage-holds-ball = { $repeats } × { $seconds } s hold (knees over a ball)
routine-dosage-reps = { $sets } × { $reps } reps
routine-dosage-breaths = { $count } slow breaths
# $front, $side: rounds per leg each way; $same: "yes" when both are equal;
# $longer: "yes" when a round may be made longer.
routine-dosage-swings = { $front ->
    [one] { $seconds } s
   *[other] { $front } rounds of { $seconds } s
} front-to-back per leg, then { $same ->
    [yes] the same sideways
   *[no] { $side ->
        [one] { $seconds } s
       *[other] { $side } rounds of { $seconds } s
    } sideways per leg
}{ $longer ->
    [yes] ; rounds may run longer when easy
   *[no] {""}
}
routine-dosage-stretches = cobra { $repeats } × { $breaths } breaths, side reach { $reaches } × each side

## Why a dosage is refused

routine-refused-bridge-empty = A bridge needs at least one hold of at least one second.
routine-refused-bridge-over = Upright stops at { $holds } bridges of { $seconds } seconds: far more than that strains your back instead of helping it.
routine-refused-crunches-empty = Crunches need at least one set of one rep.
routine-refused-crunches-over = { $sets } × { $reps } is { $total } crunches: more than { $cap } a day does more harm than good.
routine-refused-breaths = Choose between 1 and { $most } core breaths.
routine-refused-swing-seconds = Leg swings last between 10 and 60 seconds per leg.
routine-refused-swing-rounds = Leg swings have one or two rounds per leg each way.
routine-refused-stretches = The stretches stay the same every time: they do not progress.
# $name: the exercise's name.
routine-refused-kind = That kind of dosage does not fit { $name }.
