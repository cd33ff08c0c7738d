// The home page's Web Worker: diagnoses a paste off the page's thread, so that a huge or hostile
// paste never freezes the page, and reports each stage as it starts (the page shows them).
import { diagnosePaste, type PasteResult, type PasteStage } from "@/lib/paste/diagnose-paste";

export interface PasteRequest {
  id: number;
  input: string | Uint8Array;
}

export type PasteReply = { id: number; stage: PasteStage } | { id: number; result: PasteResult };

interface WorkerScope {
  onmessage: ((event: MessageEvent<PasteRequest>) => void) | null;
  postMessage(message: PasteReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, input } = event.data;
  diagnosePaste(input, (stage) => scope.postMessage({ id, stage })).then(
    (result) => scope.postMessage({ id, result }),
    () =>
      scope.postMessage({
        id,
        result: {
          ok: false,
          message:
            "Something went wrong while reading this text. Please try again, or paste less text.",
        },
      }),
  );
};
