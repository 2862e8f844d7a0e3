#!/usr/bin/env bash
# Runs every test of the portal: unit tests, integration tests through the HTTP pipeline on SQLite and on a
# real PostgreSQL server (started by the tests themselves), email over a real SMTP server, and browser journeys
# in Chromium with Playwright and axe-core. Installs what the tests need when it is missing, and skips nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -d /usr/lib/python3/dist-packages/aiosmtpd ] || missing+=(python3-aiosmtpd)
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing what the tests need: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Each test portal's configuration and static files would hold inotify watchers; a run starts more portals than the
# kernel's default 128 instances allow. Polling watchers need none.
export DOTNET_USE_POLLING_FILE_WATCHER=true

results="tests/.artifacts"
rm -rf "$results"
# The local tools of .config/dotnet-tools.json (dotnet-ef, which db/add-migration.sh uses).
dotnet tool restore >/dev/null
dotnet build Portal.sln -c Release -nologo -v quiet
status=0
# The outbox benchmark (Category=Benchmark, bench/outbox.sh) is filtered out rather than skipped: every test here runs.
dotnet test Portal.sln -c Release --no-build --nologo --filter "Category!=Benchmark" \
    --results-directory "$results" --logger "trx;LogFileName=results.trx" --logger "console;verbosity=normal" || status=$?

counters=$(grep -o '<Counters [^>]*>' "$results"/results.trx 2>/dev/null || true)
count() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
total=$(count total); passed=$(count passed); failed=$(count failed); executed=$(count executed)
skipped=$(( ${total:-0} - ${executed:-0} ))
if [ "$(count failed)" != "0" ] && [ -n "$counters" ]; then
    # The failures again at the end, so the tail of a CI log says what failed and why.
    echo "Failed tests:"
    { grep -o '<UnitTestResult [^>]*outcome="Failed"[^>]*>' "$results"/results.trx | grep -o 'testName="[^"]*"' | sed 's/testName=/  /'
    awk '/<ErrorInfo>/,/<\/ErrorInfo>/' "$results"/results.trx | sed -n 's/.*<Message>\(.*\)/\1/p' | head -40 | sed 's/^/    /'; } || true
fi
echo "Screenshots of the browser journeys: tests/Portal.Tests/bin/Release/net10.0/screenshots/"
if [ -z "$counters" ]; then
    echo "Tests: 0 passed, 0 failed (the test run did not report)"
    exit 1
fi
if [ "$skipped" -gt 0 ]; then
    echo "$skipped test(s) did not run: every test must run."
    status=1
fi
echo "Tests: ${passed} passed, ${failed} failed"
exit $status
