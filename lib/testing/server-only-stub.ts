// Unit tests run server modules directly in Node, where "server-only" has nothing to guard.
export {};
