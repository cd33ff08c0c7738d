// Replaced by the DNS fixture work: starts the loopback DNS server the app is pointed at.
export default async function globalSetup() {}
