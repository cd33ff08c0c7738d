// The IP address parsing lives in lib/net/ip.ts, where the browser's bundle (lib/bounce) can
// import it without lib/dns; the DNS code keeps its import path.
export * from "@/lib/net/ip";
