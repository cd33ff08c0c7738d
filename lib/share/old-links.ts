// Result links as earlier versions made them, frozen for the tests (lib/share and e2e): a link
// someone sent must keep opening, with the same facts, whatever the share page shows since.

/**
 * Made by main on 2026-12-05, before the share page grouped its checklist: the wizard's
 * unsettled end for "550 mail refused" (sender policy 34%, blocklisted IP 26%, content 18%),
 * answer "sending-platform: own-server", no check, its first step ticked.
 */
export const OLD_LINK_UNKNOWN_550 =
  "1.4r-UM6wBiwQdLIWY2wqFIBBF_-U8n5Fzieh3ghKCqKigp_69PaNdRru8OhvcKjrbFZAank-Oti8tck7xRG5sXg9X6EZqit2AZQnsInS0kS8cM62pAY7hSPy6QTunNMq9d-SiTYCmPuafzO9dW3UkMZDBkCxLi3_pUYyadDkOg5H0m8XUyydBY6se3xPty9MtLQnsrPuoRcpGJEH-J26n7CqojQj_26ByY_zVJvzC24mcf3dQ8wI";
