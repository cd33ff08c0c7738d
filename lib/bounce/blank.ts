// Whether text holds anything but white space, without `text.trim()`'s copy of the text (the
// parser asks this of whole message parts). \s and String.prototype.trim take the same
// characters: ECMAScript's WhiteSpace and LineTerminator.
const NON_BLANK = /\S/g;

/** Whether text[from...] has a character other than white space. */
export function hasNonBlank(text: string, from = 0): boolean {
  NON_BLANK.lastIndex = from;
  return NON_BLANK.test(text);
}
