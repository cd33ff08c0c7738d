// The request's shape lives with the job that reads it (lib/server/diagnose-request.ts): the
// body is parsed in the diagnose worker, off the request thread.
export {
  diagnoseRequestSchema,
  isJsonContentType,
  MAX_BODY_BYTES,
  type DiagnoseRequest,
} from "@/lib/server/diagnose-request";
