// The cues part of the bench: `cargo run --release --example cue_timing` (a 23-minute workout
// with the screen locked for 10 minutes): the worst distance between a beep on the audio clock
// and its planned instant, and cues missed or extra.
import fs from 'node:fs';
import path from 'node:path';
import { BUDGET, OUT, ms, notes, row, run } from './common.mjs';

async function cuesPart() {
  const out = await run('cargo', ['run', '--quiet', '--release', '--locked', '--example', 'cue_timing'], { timeoutMs: 900_000 });
  fs.writeFileSync(path.join(OUT, 'cue_timing.txt'), out);
  const num = (re) => { const m = re.exec(out); return m ? Number(m[1]) : NaN; };
  const maxErr = num(/max \|audio time - planned\| \(ms\)\s*\|\s*([\d.]+)/);
  const meanErr = num(/mean \|audio time - planned\| \(ms\)\s*\|\s*([\d.]+)/);
  const missed = num(/\| missed\s*\|\s*(\d+)/);
  const extra = num(/\| extra[^|]*\|\s*(\d+)/);
  const planned = num(/cues planned[^|]*\|\s*(\d+)/);
  const plan = /plan: .*?estimate ([^;]+);/.exec(out)?.[1] || '?';
  row('cues', `max cue error, ${planned} cues, ${plan} workout, 10 min hidden`, ms(maxErr, 3), `<= ${BUDGET.cueMs} ms`, maxErr <= BUDGET.cueMs);
  row('cues', 'mean cue error; missed / extra cues', `${ms(meanErr, 3)}; ${missed} / ${extra}`, '0 / 0', missed === 0 && extra === 0);
  const frozen = /frozen phone[^:]*: (.*)$/m.exec(out)?.[1];
  if (frozen) notes.push(`cues: phone frozen while locked: ${frozen}`);
}

/** The part (on the host: no browser, no server). */
export const cues = {
  name: 'cues',
  limitMs: 900_000,
  measure: () => cuesPart(),
};
