// One Aho-Corasick automaton over many literal strings: a text is read once, character by
// character, and every literal it holds is found in that one pass, however many literals there
// are. For tables whose literals are too short to be gated by a gram (GramSet reads grams of
// four characters): the classifier's concept subjects hold about a hundred such ("spf", "dns",
// "ip", "mx", one CJK character), and each was an indexOf over the words in every message.
// Matching is by UTF-16 code unit, as String.prototype.indexOf matches: a literal is found here
// exactly where indexOf finds it. Built once from the tables (no hand list), in typed arrays.

/**
 * The literals of a text, found in one pass: after scan(text), holds(p) says whether literal p
 * (its index in the list the automaton was built from) occurs in it, and found() lists them.
 */
export class LiteralAutomaton {
  /** How many literals it was built from. */
  readonly size: number;
  /**
   * Each code unit's class, 0 for one in no literal (the automaton restarts on it), in pages of
   * 256 by the code unit's high byte: classPages[(pageOf[c >> 8] << 8) | (c & 255)]. Page 0 is
   * the one of no literal's characters; a table of all 65,536 code units (128 KB) pushed a
   * batch run's peak resident size half a megabyte nearer its 80 MB bound.
   */
  private readonly pageOf: Uint16Array;
  private readonly classPages: Uint16Array;
  /** The root's next state per class (0: stay at the root). */
  private readonly rootNext: Int32Array;
  /** State s's edges are edgeClass/edgeTarget[edgeStart[s] .. edgeStart[s + 1]). */
  private readonly edgeStart: Int32Array;
  private readonly edgeClass: Uint16Array;
  private readonly edgeTarget: Int32Array;
  /** The state of the longest proper suffix that is a state too. */
  private readonly fail: Int32Array;
  /** State s ends literals outLiteral[outStart[s] .. outStart[s + 1]). */
  private readonly outStart: Int32Array;
  private readonly outLiteral: Int32Array;
  /** The nearest state on the fail chain (s itself included) that ends a literal, or 0. */
  private readonly report: Int32Array;
  /** The next state after report[s]'s on the fail chain that ends a literal, or 0. */
  private readonly nextReport: Int32Array;
  /** Per state that ends a literal, the scan that reported it (its chain is reported once). */
  private readonly reported: Uint32Array;
  /** Per literal, the scan that found it. */
  private readonly foundIn: Uint32Array;
  /** The literals the last scan found, in the order found: foundList[0 .. foundCount). */
  private readonly foundList: Int32Array;
  private foundCount = 0;
  /** Literals that are the empty string: in every text, as indexOf finds them. */
  private readonly empty: Int32Array;
  private stamp = 0;

  constructor(literals: readonly string[]) {
    this.size = literals.length;
    // Classes: the code units the literals use, numbered from 1, in the pages of their high bytes.
    const classes = new Map<number, number>();
    const pageOf = new Uint16Array(256);
    let pages = 1;
    for (const l of literals)
      for (let i = 0; i < l.length; i++) {
        const c = l.charCodeAt(i);
        if (!classes.has(c)) classes.set(c, classes.size + 1);
        if (pageOf[c >> 8] === 0) pageOf[c >> 8] = pages++;
      }
    if (classes.size > 0xfffe) throw new Error("literal-automaton: too many distinct characters");
    const classPages = new Uint16Array(pages * 256);
    for (const [c, k] of classes) classPages[(pageOf[c >> 8]! << 8) | (c & 255)] = k;
    this.pageOf = pageOf;
    this.classPages = classPages;
    const classOf = (c: number): number => classPages[(pageOf[c >> 8]! << 8) | (c & 255)]!;
    // The trie, with its edges in one map while it is built (state * 65536 + class).
    const next = new Map<number, number>();
    const ends: number[][] = [[]];
    const empty: number[] = [];
    literals.forEach((l, p) => {
      if (l.length === 0) {
        empty.push(p);
        return;
      }
      let s = 0;
      for (let i = 0; i < l.length; i++) {
        const key = s * 65536 + classOf(l.charCodeAt(i));
        let t = next.get(key);
        if (t === undefined) {
          t = ends.length;
          ends.push([]);
          next.set(key, t);
        }
        s = t;
      }
      ends[s]!.push(p);
    });
    const states = ends.length;
    this.empty = Int32Array.from(empty);
    // Each state's edges, by state and then class.
    const byState: [number, number][][] = Array.from({ length: states }, () => []);
    for (const [key, t] of next) byState[Math.floor(key / 65536)]!.push([key % 65536, t]);
    const edgeStart = new Int32Array(states + 1);
    let edges = 0;
    for (let s = 0; s < states; s++) {
      byState[s]!.sort((a, b) => a[0] - b[0]);
      edgeStart[s] = edges;
      edges += byState[s]!.length;
    }
    edgeStart[states] = edges;
    const edgeClass = new Uint16Array(edges);
    const edgeTarget = new Int32Array(edges);
    for (let s = 0; s < states; s++)
      byState[s]!.forEach(([c, t], k) => {
        edgeClass[edgeStart[s]! + k] = c;
        edgeTarget[edgeStart[s]! + k] = t;
      });
    this.edgeStart = edgeStart;
    this.edgeClass = edgeClass;
    this.edgeTarget = edgeTarget;
    const rootNext = new Int32Array(classes.size + 1);
    for (const [c, t] of byState[0]!) rootNext[c] = t;
    this.rootNext = rootNext;
    // Fail links, breadth first: a state's is found from its parent's.
    const fail = new Int32Array(states);
    const order: number[] = [];
    for (const [, t] of byState[0]!) order.push(t);
    for (let k = 0; k < order.length; k++) {
      const s = order[k]!;
      for (const [c, t] of byState[s]!) {
        let f = fail[s]!;
        while (f !== 0 && next.get(f * 65536 + c) === undefined) f = fail[f]!;
        const g = next.get(f * 65536 + c);
        fail[t] = g !== undefined && g !== t ? g : 0;
        order.push(t);
      }
    }
    this.fail = fail;
    const outStart = new Int32Array(states + 1);
    let outs = 0;
    for (let s = 0; s < states; s++) {
      outStart[s] = outs;
      outs += ends[s]!.length;
    }
    outStart[states] = outs;
    this.outStart = outStart;
    this.outLiteral = Int32Array.from(ends.flat());
    // Report links, in breadth-first order so that a state's fail target is done before it.
    const report = new Int32Array(states);
    const nextReport = new Int32Array(states);
    for (let k = 0; k < order.length; k++) {
      const s = order[k]!;
      const f = fail[s]!;
      report[s] = ends[s]!.length > 0 ? s : report[f]!;
      nextReport[s] = report[f]!;
    }
    this.report = report;
    this.nextReport = nextReport;
    this.reported = new Uint32Array(states);
    this.foundIn = new Uint32Array(literals.length);
    this.foundList = new Int32Array(literals.length);
  }

  /** Reads a text: afterwards holds() and found() answer for it. */
  scan(text: string): void {
    if (++this.stamp === 0xffffffff) {
      this.reported.fill(0);
      this.foundIn.fill(0);
      this.stamp = 1;
    }
    const stamp = this.stamp;
    const { pageOf, classPages, rootNext, edgeStart, edgeClass, edgeTarget, fail, report } = this;
    this.foundCount = 0;
    for (let k = 0; k < this.empty.length; k++) this.take(this.empty[k]!, stamp);
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const c = classPages[(pageOf[code >> 8]! << 8) | (code & 255)]!;
      if (c === 0) {
        s = 0;
        continue;
      }
      // The edge of c from s, else from s's fail state, and so on to the root.
      for (;;) {
        if (s === 0) {
          s = rootNext[c]!;
          break;
        }
        let t = 0;
        for (let e = edgeStart[s]!, end = edgeStart[s + 1]!; e < end; e++) {
          const ec = edgeClass[e]!;
          if (ec === c) {
            t = edgeTarget[e]!;
            break;
          }
          if (ec > c) break;
        }
        if (t !== 0) {
          s = t;
          break;
        }
        s = fail[s]!;
      }
      const r = report[s]!;
      if (r !== 0) this.reportFrom(r, stamp);
    }
  }

  /** Takes the literals of state r and of the reporting states after it on its fail chain. */
  private reportFrom(r: number, stamp: number): void {
    const { reported, outStart, outLiteral, nextReport } = this;
    // A state reported in this scan had its whole chain reported with it.
    for (let s = r; s !== 0 && reported[s] !== stamp; s = nextReport[s]!) {
      reported[s] = stamp;
      for (let k = outStart[s]!, end = outStart[s + 1]!; k < end; k++)
        this.take(outLiteral[k]!, stamp);
    }
  }

  private take(p: number, stamp: number): void {
    if (this.foundIn[p] === stamp) return;
    this.foundIn[p] = stamp;
    this.foundList[this.foundCount++] = p;
  }

  /** Whether the last scanned text holds literal p. */
  holds(p: number): boolean {
    return this.foundIn[p] === this.stamp;
  }

  /** The literals the last scanned text holds, each once, in no set order (a view: read it before the next scan). */
  found(): Int32Array {
    return this.foundList.subarray(0, this.foundCount);
  }
}
