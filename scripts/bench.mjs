// The measuring half of scripts/bench (which builds the release and installs what is missing,
// then runs this). Each measurement is a module in scripts/bench-parts/ (shared table, budgets
// and helpers in common.mjs, the runner in run.mjs):
//
//   size       every shipped file against the per-file ceiling; the first load per file type,
//              gzip -9 and brotli q11; the first visit over the wire; what the wasm is made of
//   usable     usable time on a slow phone (slow 4G, 4x CPU): navigation until the first-run button
//              (first visit) or Start (returning visit, service worker installed) is on screen,
//              median of 5, beside the same figures of a reference build measured in the same run
//   lighthouse Lighthouse 12 user flow (mobile, simulated throttling): home, start tap, player
//   cues       examples/cue_timing.rs: max cue error over a 23-minute workout, 10 minutes hidden
//   memory     JS heap and wasm memory after 60 simulated minutes of workouts vs right after start
//   history    3,650 sessions seeded: load to home vs an empty profile, open History, stored size,
//              and examples/history_scale.rs host figures
//
// Usage: node scripts/bench.mjs [--size] [--only size,usable,...] [--reference DIR]
//   --size       the size guard (what scripts/size-guard.mjs runs): only the size part, under the guard's rules
//   --only       some parts, in the order above
//   --reference  another build (a dist folder, e.g. the previous commit's, which scripts/bench builds)
//                measured beside this one in the size and usable parts
// Env: UPRIGHT_DIST (the build to measure, default dist/), BENCH_GZIP_ONLY=1, CHROMIUM / CHROME_PATH.
// Writes the table, the raw figures and the Lighthouse flow report to target/bench/.
// Exit status: 0 when every budget passes, 1 when any fails or a part could not run.
import path from 'node:path';
import { PART_NAMES, runBench } from './bench-parts/run.mjs';

const args = process.argv.slice(2);
const value = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : null);
const guard = args.includes('--size');
const only = guard ? ['size'] : (value('--only')?.split(',') ?? PART_NAMES);
const reference = value('--reference') ? path.resolve(value('--reference')) : null;
// BENCH_GZIP_ONLY=1: serve as a host without brotli does (gzip -9 only), as most static hosts do.
const gzipOnly = process.env.BENCH_GZIP_ONLY === '1';

process.exit(await runBench({ only, guard, reference, gzipOnly, report: guard ? 'size.md' : 'latest.md' }));
