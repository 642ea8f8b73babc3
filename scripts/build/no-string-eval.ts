// Vite plugin: rewrites the few library code paths that could evaluate a string as code, so no extension bundle can.
import type { Plugin } from 'vite';

/**
 * What replaces the Function constructor: called or constructed, it throws, as it would under a
 * strict content security policy. Every library reaching it already copes with that: zod and
 * pdf.js probe for eval support and fall back to their interpreters (zod is also set jitless, and
 * pdf.js is given isEvalSupported: false), and the global-object fallbacks never run in a browser.
 */
const REFUSE = '(function(){throw new EvalError("string evaluation is disabled in this extension")})';

const REWRITES: { pattern: RegExp; replacement: string }[] = [
  // underscore / core-js: the global object, reached only where neither self nor global exists.
  { pattern: /(?<![\w$.])Function\(\s*(["'`])return this\1\s*\)\(\)/g, replacement: 'globalThis' },
  // new Function(...) and Function(...): eval-support probes, pdf.js's PostScript compiler, timer shims.
  { pattern: /(?<![\w$.])new\s+Function\s*\(/g, replacement: `new ${REFUSE}(` },
  { pattern: /(?<![\w$.])Function\s*\(/g, replacement: `${REFUSE}(` },
  // An alias taken to construct later (zod's schema compiler: `let e=Function; new e(...)`).
  { pattern: /(?<=(?<![=!<>])=\s*)Function(?=\s*[,;])/g, replacement: REFUSE },
  // Direct eval calls.
  { pattern: /(?<![\w$.])eval\s*\(/g, replacement: `${REFUSE}(` },
];

/** The rewrite on one file's text (exported for tests). */
export function removeStringEval(code: string): string {
  let out = code;
  for (const { pattern, replacement } of REWRITES) out = out.replace(pattern, replacement);
  return out;
}

/** Applied to every emitted script, chunks and copied assets (the pdf.js worker is an asset). */
export function noStringEval(): Plugin {
  return {
    name: 'school-privacy-audit:no-string-eval',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk') file.code = removeStringEval(file.code);
        else if (/\.m?js$/.test(file.fileName)) {
          const source = file.source;
          file.source = removeStringEval(typeof source === 'string' ? source : new TextDecoder().decode(source));
        }
      }
    },
  };
}
