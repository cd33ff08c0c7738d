// Used by scripts/build-cli.mjs for the start-up snapshot's script: see hoistStrings.
import ts from "typescript";

/**
 * The shortest literal (as written, quotes included) moved: a shorter one's place in the code
 * (`S$[123]`) is about as long as itself. Session 28, the blob moving from 8, 16, 24 and 40
 * characters: 8.53, 8.55, 8.59 and 8.69 MB (9.67 moving none; measured with tldts's ES module
 * build, not taken: 75 KB). Callgrind (361 messages) did not tell 8 from 16: two builds of one
 * configuration differed by 0.9% (1,246.8M and 1,257.6M instructions; 1,248.2M moving none).
 */
const MIN_LITERAL_LENGTH = 16;

/**
 * A script's string literals (of MIN_LITERAL_LENGTH characters or more) that its own run
 * evaluates, not a function's (runsLater), moved out of its source: each becomes an element of
 * one array (`S$[i]` or the like, one element per distinct value) that the script's first
 * statement reads from `file` (a JSON array, returned as `strings`) while it runs. V8 keeps a
 * script's whole source for as long as any of its functions lives (it compiles each from the
 * source on first call), and the snapshot holds the heap, source included: a literal took its
 * bytes there once as source and again as the string it made. Read from a file, a table's text
 * is in the heap only, and the file's text is garbage once parsed. Only the snapshot's script,
 * which runs once while the snapshot is built, may take this: the file is not read again when a
 * run starts from the snapshot, while a script run from its source would need the file beside it.
 *
 * A literal is moved only where it is an expression's value: not a property's or a binding's
 * name, a directive ("use strict"), a module name (require(), import()), or a tagged
 * template's text (the tag sees its raw text and its call site).
 */
export function hoistStrings(code, file) {
  const name = arrayName(code);
  const source = ts.createSourceFile("s.js", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const strings = [];
  const indexes = new Map();
  const edits = [];
  const visit = (node) => {
    if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
      movable(node) &&
      node.end - node.getStart(source) >= MIN_LITERAL_LENGTH
    ) {
      let index = indexes.get(node.text);
      if (index === undefined) {
        index = strings.push(node.text) - 1;
        indexes.set(node.text, index);
      }
      edits.push({ start: node.getStart(source), end: node.end, index });
      return;
    }
    if (runsLater(node)) return;
    ts.forEachChild(node, visit);
  };
  // The directive prologue ("use strict") stays first; the array is read right after it.
  let at = 0;
  for (const statement of source.statements) {
    if (!isDirective(statement)) break;
    at = statement.end;
  }
  visit(source);
  if (edits.length === 0) return { code, strings };
  let out = code.slice(0, at);
  out += `var ${name}=JSON.parse(process.getBuiltinModule("node:fs").readFileSync(${JSON.stringify(file)},"utf8"));`;
  // Not interned, as literals are: interning them here (a property named by each) measured
  // 1,254.2M instructions against 1,252.6M, within what two builds differ by (above).
  for (const edit of edits) {
    out += code.slice(at, edit.start);
    // `return"…"` and `case"…"` are valid, `returnS$[1]` is not: a blank after a name's end.
    if (/[\w$]/.test(code[edit.start - 1] ?? "")) out += " ";
    out += `${name}[${edit.index}]`;
    at = edit.end;
  }
  out += code.slice(at);
  return { code: out, strings };
}

/**
 * A short name the script does not hold anywhere (a minified script's own names are short too):
 * each moved literal costs its length in characters.
 */
function arrayName(code) {
  for (const first of ["S", "T", "U", "V", "W"])
    for (const tail of ["$", "$$", "$_", "_$", "$$$"])
      if (!code.includes(first + tail)) return first + tail;
  throw new Error("hoistStrings: no name the script does not use");
}

/** Whether the literal is an expression's value, which an element of an array can stand for. */
function movable(node) {
  const parent = node.parent;
  if (!parent) return false;
  if (ts.isExpressionStatement(parent)) return false; // a directive, or a statement with no use
  if (parent.name === node || parent.propertyName === node) return false; // { "a b": 1 }
  if (ts.isTaggedTemplateExpression(parent)) return false;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent)) return false;
  if (ts.isExternalModuleReference(parent) || ts.isLiteralTypeNode(parent)) return false;
  if (
    ts.isCallExpression(parent) &&
    (parent.expression.kind === ts.SyntaxKind.ImportKeyword ||
      (ts.isIdentifier(parent.expression) && parent.expression.text === "require"))
  )
    return false;
  return true;
}

/**
 * Whether the node's code runs when something calls it, not as the script runs: a function's, or
 * a class field's initializer (each instance). Its literals stay: they make no string until that
 * code is compiled, so moved they would take the heap's bytes without saving any, and an element
 * read in place of a constant costs each call.
 */
function runsLater(node) {
  return ts.isFunctionLike(node) || ts.isPropertyDeclaration(node);
}

/** Whether a top-level statement is a directive: a string literal statement of the prologue. */
function isDirective(statement) {
  return ts.isExpressionStatement(statement) && ts.isStringLiteral(statement.expression);
}
