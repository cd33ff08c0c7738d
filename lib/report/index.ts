export {
  reportMarkdown,
  reportText,
  type ReportCheck,
  type ReportChecklist,
  type ReportInput,
} from "./report";
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
