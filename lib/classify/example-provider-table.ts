// For tests: a made-up provider's table (Example Mail, mx.example.net, codes "[EXM-n]") with one
// documented phrase and, where asked, its own reading of status 5.7.27, so that provider-scoped
// readings are tested apart from the real tables' data.
import type { ProviderTable, StatusReading } from "@/lib/knowledge/providers/types";

export const EXAMPLE_PAGE = {
  url: "https://mail.example.net/errors",
  title: "Example Mail errors",
};

const STATUS_5_7_27: StatusReading = {
  id: "examplemail.5.7.27",
  provider: "examplemail",
  status: "5.7.27",
  cause: "authentication-failure",
  source: EXAMPLE_PAGE,
  example: "550 5.7.27 [EXM-40] Not accepted",
  verbatim: true,
};

export function exampleProviderTable(
  options: { statusReading: boolean } = { statusReading: true },
): ProviderTable {
  return {
    provider: "examplemail",
    identity: {
      provider: "examplemail",
      name: "Example Mail",
      hosts: ["mx.example.net"],
      markers: ["[exm-"],
      source: EXAMPLE_PAGE,
    },
    phrases: [
      {
        id: "examplemail.volume",
        provider: "examplemail",
        cause: "rate-limited",
        match: ["too much mail from your ip today"],
        scope: "provider",
        strength: "documented",
        source: EXAMPLE_PAGE,
        example: "451 4.7.1 [EXM-12] Too much mail from your IP today",
        verbatim: true,
      },
    ],
    statusReadings: options.statusReading ? [STATUS_5_7_27] : [],
  };
}
