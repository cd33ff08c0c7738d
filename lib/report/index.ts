export {
  recipientNotes,
  reportMarkdown,
  reportText,
  type ReportCheck,
  type ReportChecklist,
  type ReportInput,
} from "./report";
export {
  reportKnown,
  reportOutline,
  type ReportItem,
  type ReportKnown,
  type ReportOutline,
} from "./report-outline";
export { fixKey, reportInputFromPayload, type FromPayloadOptions } from "./from-payload";
export {
  escapeMarkdownInline,
  markdownCodeBlock,
  markdownCodeSpan,
  stripControls,
} from "./markdown-escape";
export {
  answerLabel,
  sharedFacts,
  sharedView,
  type SharedItem,
  type SharedView,
} from "./shared-view";
