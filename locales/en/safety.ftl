# Safety lines shown on the home screen, the first-run screen and the cards.
safety-not-a-doctor = Upright offers general exercise guidance. It does not replace a doctor or physiotherapist.
safety-lasting-pain = If back pain lasts more than a few days, or comes with other symptoms, see a doctor.
safety-listen = Listen to your body: stop any movement that hurts and never push past the routine's limits.

## records
