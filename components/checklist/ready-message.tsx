import { CopyButton } from "@/components/ui/copy-button";

/**
 * A step's ready message (to the recipient, a postmaster or a list), folded: the wizard's end
 * offers a copy button, the shared page shows it as it was shared.
 */
export function ReadyMessage({
  message,
  copy = false,
  className = "text-sm",
}: {
  message: { subject: string; body: string };
  copy?: boolean;
  className?: string;
}) {
  return (
    <details className={className}>
      <summary className="cursor-pointer font-medium text-blue-900">The message to send</summary>
      <div className="mt-1 rounded-md border border-slate-200 bg-slate-50 p-2">
        <p className="font-medium">Subject: {message.subject}</p>
        <pre className="mt-1 font-sans whitespace-pre-wrap text-slate-800">{message.body}</pre>
        {copy ? (
          <CopyButton
            text={`Subject: ${message.subject}\n\n${message.body}`}
            label="Copy message"
            copiedMessage="Message copied"
          />
        ) : null}
      </div>
    </details>
  );
}
