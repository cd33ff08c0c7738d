// Concepts (see ./types.ts): a Windows Sockets (Winsock) error that says the connection could
// not be made. Mail software on Windows (Exchange's queues, MDaemon, hMailServer, .NET
// programs) quotes the socket error's number where a Unix server writes "Connection timed out"
// or "Connection refused": 10060 WSAETIMEDOUT (no answer in time), 10061 WSAECONNREFUSED
// (nothing listening or a firewall's reset), 10064 WSAEHOSTDOWN, 10065 WSAEHOSTUNREACH and
// 10051 WSAENETUNREACH (no route). The numbers are the Windows Sockets specification's and mean
// the same in every program that prints them. Other socket errors (10053 and 10054: a
// connection that was made, then aborted or reset) say nothing of reachability and are left out.
import type { Concept } from "./types";

const MDAEMON_WINSOCK =
  "https://knowledge.mdaemon.com/windows-socket-winsock-error-codes-and-descriptions (How to read Windows Socket (Winsock) Error Codes and Descriptions, MDaemon Technologies' knowledge base: WSAETIMEDOUT 10060, WSAECONNREFUSED 10061, WSAEHOSTUNREACH 10065)";

export const SOCKET_ERROR_CONCEPTS: readonly Concept[] = [
  {
    id: "concept.socket-connect-failed",
    cause: "remote-unreachable",
    says: "the connection to the mail server could not be made (a Windows socket error: timed out, refused or no route)",
    subject: [
      "socket error",
      "winsock error",
      "win32 error",
      "sockettimedout",
      // The specification's names, where a program prints the name beside the number.
      "wsaetimedout",
      "wsaeconnrefused",
      "wsaehostdown",
      "wsaehostunreach",
      "wsaenetunreach",
    ],
    failure: ["10060", "10061", "10064", "10065", "10051"],
    examples: [
      {
        text: "{LED=451 4.4.397 Error communicating with target host. -> 421 4.2.1 Unable to connect -> SocketTimedout: Socket error code 10060};{MSG=};{FQDN=<external.companyname.com>};{IP=<external IP>};",
        source:
          "https://supertekboy.com/exchange/exchange-solutions/page/3/ (an Exchange 2016 queue's last error as its queue viewer showed it; the host could not be reached through the firewall)",
      },
      {
        text: "4.4.316 Connection refused [Message=Socket error code 10061]",
        source:
          "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (Email non-delivery reports in Exchange Online; providers/microsoft.ts)",
      },
      {
        text: "WSAETIMEDOUT 10060 Connection timed out.",
        source: MDAEMON_WINSOCK,
      },
    ],
  },
];
