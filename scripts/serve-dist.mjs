// Serves a built dist/ folder on 127.0.0.1 as a static host set up per README.md (Deploying)
// does: each file's pre-compressed copy (.br, .gz) with its Content-Encoding, the Cache-Control
// the README asks for, ETags, and the app's page for a screen's address. scripts/serve runs it
// after `trunk build --release`, so what you try is what people get (trunk serve compresses
// nothing). Usage: node scripts/serve-dist.mjs [DIR] (PORT=9000 for another port).
import path from 'node:path';
import { serve, DIST } from '../tests/e2e/harness.mjs';

const root = path.resolve(process.argv[2] || DIST);
const server = await serve({ root, port: Number(process.env.PORT || 8080) });
console.log(`serving ${path.relative(process.cwd(), root) || root} at ${server.url} (Ctrl+C stops)`);
