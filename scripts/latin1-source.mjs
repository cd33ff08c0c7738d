// Used by scripts/build-cli.mjs: see latin1Source.
import ts from "typescript";

/**
 * A bundle's code with every character above U+00FF in a regular expression literal written as
 * a \u escape, which means the same character there. V8 holds a script's source for as long as
 * its functions live (it compiles each from the source on first call), so the snapshot keeps the
 * whole bundle: at one byte a character when every character is Latin-1, at two when even one is
 * not. esbuild escapes strings and templates (charset ascii) but not regular expression
 * literals: one full-width colon in /[:\uFF1A]/ (lib/knowledge/signatures/phpmailer.ts, commit
 * 65a7dba) made the 1.55-million-character source take 3.1 MB instead of 1.55, in the blob (9.10
 * to 10.69 MB) and again in the deserialized heap, and the blob's bytes stay resident through a
 * run. Astral characters become surrogate-pair escapes, which a /u expression reads as one code
 * point. What is left outside a regular expression (a tagged template's raw text) is reported,
 * not rewritten.
 */
export function latin1Source(code, name) {
  const wide = /[^\x00-\xff]/g;
  if (!/[^\x00-\xff]/.test(code)) return code;
  const file = ts.createSourceFile(name, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const literals = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) literals.push(node);
    else ts.forEachChild(node, visit);
  };
  visit(file);
  let out = "";
  let at = 0;
  for (const node of literals) {
    const start = node.getStart(file);
    out += code.slice(at, start);
    out += code
      .slice(start, node.end)
      .replace(wide, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
    at = node.end;
  }
  out += code.slice(at);
  const left = out.match(wide);
  if (left)
    console.warn(
      `build-cli: ${name} keeps ${left.length} character(s) above U+00FF outside regular expressions (${left.slice(0, 5).join(" ")}): V8 holds its source at two bytes a character`,
    );
  return out;
}
