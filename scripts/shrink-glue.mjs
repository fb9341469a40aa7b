// Shrinks the main wasm module and its wasm-bindgen glue, in place, before wasm-opt runs:
//   - the imports from the glue get one- or two-letter names: wasm-bindgen names each one
//     `__wbg_<method>_<16 hex digits>`, and those hashes alone were 3 KB of the gzipped module;
//   - the long exports the glue calls (closure shims named after their whole Rust type) too;
//   - the `IntoUnderlying*` classes go: Leptos's csr feature always links server_fn's
//     browser client, whose stream adapters wasm-bindgen exports although this app never
//     makes one. Without the exports wasm-opt drops their code.
// Every rename is checked against the glue; any surprise (a new wasm-bindgen layout) stops
// the build rather than shipping a module whose imports no longer match.
// Usage: node scripts/shrink-glue.mjs DIR   (DIR holds upright_bg.wasm, upright.js, __wasm_split.js)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/shrink-glue.mjs DIR');
  process.exit(2);
}
const wasmPath = join(dir, 'upright_bg.wasm');
const gluePath = join(dir, 'upright.js');
const GLUE_MODULE = './upright_bg.js';
const SHORT_MODULE = 'a';
const UNUSED_EXPORT = /intounderlying/i;

function fail(message) {
  console.error(`shrink-glue: ${message}`);
  process.exit(1);
}

/** Reads an unsigned LEB128 number at `at`; returns [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function toLeb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

function readName(bytes, at) {
  const [length, start] = leb(bytes, at);
  return [bytes.subarray(start, start + length).toString('utf8'), start + length];
}

const nameBytes = (text) => {
  const raw = Buffer.from(text, 'utf8');
  return Buffer.concat([toLeb(raw.length), raw]);
};

/** Skips an import's description (after its two names); returns the next offset. */
function skipImportDesc(bytes, at) {
  const kind = bytes[at++];
  if (kind === 0) return leb(bytes, at)[1]; // function: type index
  if (kind === 1) {
    at += 1; // table: reference type, then limits
    const flags = bytes[at++];
    at = leb(bytes, at)[1];
    return flags & 1 ? leb(bytes, at)[1] : at;
  }
  if (kind === 2) {
    const flags = bytes[at++]; // memory: limits
    at = leb(bytes, at)[1];
    return flags & 1 ? leb(bytes, at)[1] : at;
  }
  if (kind === 3) return at + 2; // global: value type, mutability
  fail(`unknown import kind ${kind}`);
}

/** Short names: a, b, ..., Z, ba, bb, ... (letters only, so they are plain JS keys). */
function shortName(index) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = '';
  do {
    name = letters[index % letters.length] + name;
    index = Math.floor(index / letters.length);
  } while (index > 0);
  return name;
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces `pattern` in `text` exactly `times` times, or stops the build. */
function replaceExactly(text, pattern, replacement, times, what) {
  const all = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
  const found = text.match(all)?.length ?? 0;
  if (found !== times) fail(`${what}: expected ${times} match(es) of ${pattern}, found ${found}`);
  return text.replace(all, replacement);
}

const wasm = readFileSync(wasmPath);
let glue = readFileSync(gluePath, 'utf8');
const splitGlue = readFileSync(join(dir, '__wasm_split.js'), 'utf8');

// The glue's unused stream classes and their finalizers.
for (const match of [...glue.matchAll(/^export class (IntoUnderlying\w+) \{$/gm)]) {
  const name = match[1];
  const start = glue.indexOf(match[0]);
  const end = glue.indexOf('\n}\n', start);
  if (end < 0) fail(`no end to class ${name}`);
  glue = glue.slice(0, start) + glue.slice(end + 3);
  glue = replaceExactly(glue, new RegExp(`^if \\(Symbol\\.dispose\\) ${name}\\.prototype.*\\n`, 'm'), '', 1, name);
  glue = replaceExactly(
    glue,
    new RegExp(`^const ${name}Finalization = [^;]*;\\n`, 'm'),
    '',
    1,
    `${name}Finalization`,
  );
}
if (UNUSED_EXPORT.test(glue)) fail('the glue still mentions the stream classes');

const sections = [];
let at = 8;
while (at < wasm.length) {
  const id = wasm[at];
  const [size, start] = leb(wasm, at + 1);
  sections.push({ id, body: wasm.subarray(start, start + size) });
  at = start + size;
}

let renamedImports = 0;
let renamedExports = 0;
let droppedExports = 0;
let nextName = 0;
for (const section of sections) {
  if (section.id === 2) {
    const body = section.body;
    let [count, pos] = leb(body, 0);
    const parts = [toLeb(count)];
    for (let i = 0; i < count; i++) {
      const [module, afterModule] = readName(body, pos);
      const [field, afterField] = readName(body, afterModule);
      const end = skipImportDesc(body, afterField);
      const desc = body.subarray(afterField, end);
      if (module === GLUE_MODULE) {
        const short = shortName(nextName++);
        glue = replaceExactly(glue, new RegExp(`^(\\s+)${escape(field)}:`, 'm'), `$1${short}:`, 1, `import ${field}`);
        parts.push(nameBytes(SHORT_MODULE), nameBytes(short), desc);
        renamedImports++;
      } else {
        parts.push(body.subarray(pos, end));
      }
      pos = end;
    }
    section.body = Buffer.concat(parts);
  } else if (section.id === 7) {
    const body = section.body;
    let [count, pos] = leb(body, 0);
    const kept = [];
    for (let i = 0; i < count; i++) {
      const [field, afterField] = readName(body, pos);
      const end = leb(body, afterField + 1)[1];
      const desc = body.subarray(afterField, end);
      pos = end;
      if (UNUSED_EXPORT.test(field)) {
        droppedExports++;
        continue;
      }
      const callsViaWasm = glue.match(new RegExp(`\\bwasm\\.${escape(field)}\\b`, 'g'))?.length ?? 0;
      const quoted = glue.includes(`"${field}"`) || glue.includes(`'${field}'`);
      // Only exports the glue reaches as `wasm.<name>` are renamed, never one read by its name
      // as text or by the split loader. (The glue's wrapper functions that share a closure
      // shim's name are separate JS bindings, which the minifier renames anyway.)
      if (field.length > 3 && callsViaWasm > 0 && !quoted && !splitGlue.includes(field)) {
        const short = `$${shortName(renamedExports)}`;
        glue = glue.replace(new RegExp(`\\bwasm\\.${escape(field)}\\b`, 'g'), `wasm.${short}`);
        kept.push(Buffer.concat([nameBytes(short), desc]));
        renamedExports++;
      } else {
        kept.push(Buffer.concat([nameBytes(field), desc]));
      }
    }
    section.body = Buffer.concat([toLeb(kept.length), ...kept]);
  }
}
glue = replaceExactly(glue, new RegExp(`"${escape(GLUE_MODULE)}": import0,`), `${SHORT_MODULE}: import0,`, 1, 'import object');
if (renamedImports === 0) fail('no imports from the glue were found');

const out = Buffer.concat([
  wasm.subarray(0, 8),
  ...sections.flatMap(({ id, body }) => [Buffer.from([id]), toLeb(body.length), body]),
]);
writeFileSync(wasmPath, out);
writeFileSync(gluePath, glue);
console.error(
  `shrink-glue: ${renamedImports} imports and ${renamedExports} exports renamed, ` +
    `${droppedExports} unused exports dropped; wasm ${wasm.length} -> ${out.length} B`,
);
