#!/usr/bin/env bash
# Email delivery throughput. Two portal instances on one PostgreSQL database (sharing Hangfire's storage in it) sweep
# 10,000 due reminders (or PORTAL_BENCH_OUTBOX) into the outbox and send them over SMTP (MailKit, connections kept
# open, Email:DispatchParallelism per instance) to Debian's aiosmtpd on loopback; the run checks that each arrived
# exactly once (by its X-Portal-Key header) and prints emails per second from the first to the last. Then
# bench/smtp_baseline.py sends 10,000 small messages to the same kind of server over one plain smtplib connection:
# the server's own rate, for comparison.
# Needs what `bash tests/run.sh` installs (PostgreSQL 15, python3-aiosmtpd).
# Usage: bash bench/outbox.sh, or PORTAL_BENCH_OUTBOX=20000 bash bench/outbox.sh
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build tests/Portal.Tests -c Release -nologo -v quiet
portal=$(dotnet test tests/Portal.Tests -c Release --no-build --filter "Category=Benchmark" \
    --logger "console;verbosity=detailed" 2>&1 | grep -E "Delivered [0-9]+ reminders|Passed!|Failed!|Total tests|Passed:|Failed:" || true)
echo "$portal"
baseline=$(/usr/bin/python3 bench/smtp_baseline.py --count 10000)
echo
echo "Portal:            $(echo "$portal" | grep -oE "Delivered [0-9]+ reminders.*" | head -1 || echo "no figure (see above)")"
echo "$baseline"
