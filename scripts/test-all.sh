#!/usr/bin/env bash
# Installs what the tests need and runs every test: unit (Vitest) and browser (Playwright
# against the production build, in Debian's headless Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium for the browser tests..."
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends chromium
fi

# Debian's redis-server: the Redis rate-limiter tests and the two-instance browser test start
# their own on loopback.
if ! command -v redis-server >/dev/null; then
  echo "Installing Debian's redis-server for the rate-limit tests..."
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends redis-server
fi

npm ci --no-audit --no-fund
npm run -s build
npm run -s typecheck
npm run -s format:check
npm run -s lint
npm run -s test:unit
npm run -s test:e2e
