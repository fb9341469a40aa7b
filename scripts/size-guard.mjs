// The size guard (scripts/test --tier size runs it after the release build): fails when any
// file the build ships is over the per-file ceiling (gzip -9) or a first visit downloads a file
// twice; also lists what the first load transfers. It is the size part of the bench
// (scripts/bench-parts/size.mjs) under the guard's rules: the first visit's KB budget is printed,
// not failed. Fast and deterministic. Usage: node scripts/size-guard.mjs (UPRIGHT_DIST=DIR for
// another build than dist/). Same as `scripts/bench --size --no-build`.
import { runBench } from './bench-parts/run.mjs';

process.exit(await runBench({ only: ['size'], guard: true, report: 'size.md' }));
