#!/usr/bin/env bash
# Install newsline with its test extras (and the system packages the browser
# tests need), then run the whole test suite. README and .ci/run both call this.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}

echo "== installing newsline and test dependencies"
$PY -m pip install --quiet --disable-pip-version-check -e ".[test,ray]"

# Browser tests drive Debian's Chromium through Playwright (no browser download).
if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "== installing chromium (browser tests)"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk fonts-thai-tlwg >/dev/null) \
        || echo "chromium could not be installed: browser tests will be skipped"
fi

echo "== running tests"
set +e
$PY -m pytest -q -p no:cacheprovider "$@"
rc=$?
set -e
if [ "$rc" = 5 ]; then
    echo "no tests were collected" >&2
    exit 1
fi
exit $rc
