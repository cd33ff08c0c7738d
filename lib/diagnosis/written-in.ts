// Which writing system most of a text's letters are in, when it is not the Latin alphabet: a
// notice in Japanese, Chinese, Korean or Russian that the knowledge does not read gives no cause
// and no possibility, and the reader should be told why (the words may well say it) and what to
// paste instead. Counting letters by Unicode block is enough to name the script; no language
// detection is attempted for texts in the Latin alphabet.

/** Letters read: a bounce's first part says what language it is in. */
const SCAN_CHARS = 20_000;
/** Fewer letters than this in another script (a syllabic one's counted SYLLABIC each) say nothing. */
const MIN_LETTERS = 8;
/** What one kana, kanji or hangul character counts for against Latin letters. */
const SYLLABIC = 3;

interface Counts {
  latin: number;
  kana: number;
  han: number;
  hangul: number;
  cyrillic: number;
  greek: number;
  arabic: number;
  hebrew: number;
  thai: number;
}

function count(text: string): Counts {
  const c: Counts = {
    latin: 0,
    kana: 0,
    han: 0,
    hangul: 0,
    cyrillic: 0,
    greek: 0,
    arabic: 0,
    hebrew: 0,
    thai: 0,
  };
  const end = Math.min(text.length, SCAN_CHARS);
  for (let i = 0; i < end; i++) {
    const u = text.charCodeAt(i);
    if ((u >= 0x41 && u <= 0x5a) || (u >= 0x61 && u <= 0x7a)) c.latin++;
    else if (u < 0xc0) continue;
    else if (u <= 0x24f) {
      if (u !== 0xd7 && u !== 0xf7) c.latin++;
    } else if (u >= 0x3040 && u <= 0x30ff) c.kana++;
    else if ((u >= 0x4e00 && u <= 0x9fff) || (u >= 0x3400 && u <= 0x4dbf)) c.han++;
    else if ((u >= 0xac00 && u <= 0xd7af) || (u >= 0x1100 && u <= 0x11ff)) c.hangul++;
    else if (u >= 0x400 && u <= 0x4ff) c.cyrillic++;
    else if (u >= 0x370 && u <= 0x3ff) c.greek++;
    else if (u >= 0x600 && u <= 0x6ff) c.arabic++;
    else if (u >= 0x590 && u <= 0x5ff) c.hebrew++;
    else if (u >= 0xe00 && u <= 0xe7f) c.thai++;
  }
  return c;
}

/**
 * The language or script most of the text's letters are written in, in plain words ("Japanese",
 * "Cyrillic script"), when more of its letters are in it than in the Latin alphabet; else null.
 */
export function writtenIn(text: string): string | null {
  const c = count(text);
  // Japanese mixes kana with kanji (Han): any kana among them says Japanese.
  // A kana, kanji or hangul character carries about what a syllable does, three Latin letters
  // or so: the weight keeps a Japanese notice under an English header block Japanese.
  const scripts: [string, number][] = [
    [c.kana > 0 ? "Japanese" : "Chinese", (c.kana + c.han) * SYLLABIC],
    ["Korean", c.hangul * SYLLABIC],
    ["Cyrillic script", c.cyrillic],
    ["Greek", c.greek],
    ["Arabic script", c.arabic],
    ["Hebrew", c.hebrew],
    ["Thai", c.thai],
  ];
  let best: [string, number] | null = null;
  for (const s of scripts) if (!best || s[1] > best[1]) best = s;
  if (!best || best[1] < MIN_LETTERS || best[1] <= c.latin) return null;
  return best[0];
}
