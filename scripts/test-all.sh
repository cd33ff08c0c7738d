#!/usr/bin/env bash
# Installs what the tests need and runs every test: unit (Vitest) and browser (Playwright
# against the production build, in Debian's headless Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

# Debian packages the tests run for real: chromium (browser tests), rspamd (the content filter
# the content tests and the browser journey start) and redis-server (the Redis rate-limiter tests
# and the two-instance browser test start their own on loopback). One apt run for what is missing.
missing=()
if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then missing+=(chromium); fi
if [ ! -x /usr/bin/rspamd ]; then missing+=(rspamd); fi
if ! command -v redis-server >/dev/null; then missing+=(redis-server); fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian's ${missing[*]} for the tests..."
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq -o DPkg::Lock::Timeout=300 \
    --no-install-recommends "${missing[@]}"
fi

npm ci --no-audit --no-fund
npm run -s build
npm run -s typecheck
npm run -s format:check
npm run -s lint
npm run -s test:unit
npm run -s test:e2e
