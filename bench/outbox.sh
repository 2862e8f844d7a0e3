#!/usr/bin/env bash
# Email delivery throughput. Two portal instances on one PostgreSQL database (sharing Hangfire's storage in it) sweep
# 10,000 due reminders (or PORTAL_BENCH_OUTBOX) into the outbox and send them over SMTP (MailKit, connections kept
# open, Email:DispatchParallelism per instance) to Debian's aiosmtpd on loopback; the run checks that each arrived
# exactly once (by its X-Portal-Key header) and prints emails per second from the first to the last. Then
# bench/smtp_baseline.py sends 10,000 small messages to the same server without the portal, over one smtplib
# connection (the server's rate for one sender) and over four (what it takes when kept busy), for comparison.
#
# The server: PORTAL_BENCH_SMTP_WORKERS processes accepting on one socket (1 unless set) that store each message as
# received (PORTAL_BENCH_SMTP_STORE=raw, the default here) or through aiosmtpd's Mailbox handler (=mailbox, what the
# test suite uses), which parses every message into Python's email objects and writes it out again: about four times
# the server's CPU per message, so on a two-core machine it, not the portal, sets the rate.
# Needs what `bash tests/run.sh` installs (PostgreSQL 15, python3-aiosmtpd).
# Usage: bash bench/outbox.sh, or PORTAL_BENCH_OUTBOX=20000 PORTAL_BENCH_SMTP_STORE=mailbox PORTAL_BENCH_SMTP_WORKERS=2 bash bench/outbox.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export PORTAL_BENCH_SMTP_WORKERS="${PORTAL_BENCH_SMTP_WORKERS:-1}" PORTAL_BENCH_SMTP_STORE="${PORTAL_BENCH_SMTP_STORE:-raw}"
raw=()
[ "$PORTAL_BENCH_SMTP_STORE" = raw ] && raw=(--raw)
dotnet build tests/Portal.Tests -c Release -nologo -v quiet
portal=$(dotnet test tests/Portal.Tests -c Release --no-build --filter "Category=Benchmark" \
    --logger "console;verbosity=detailed" 2>&1 | grep -E "Delivered [0-9]+ reminders|Passed!|Failed!|Total tests|Passed:|Failed:|Assert\.|Exception:" || true)
echo "$portal"
one=$(/usr/bin/python3 bench/smtp_baseline.py --count 10000 --connections 1 --workers "$PORTAL_BENCH_SMTP_WORKERS" "${raw[@]}")
busy=$(/usr/bin/python3 bench/smtp_baseline.py --count 10000 --connections 4 --workers "$PORTAL_BENCH_SMTP_WORKERS" "${raw[@]}")
echo
echo "Portal:            $(echo "$portal" | grep -oE "Delivered [0-9]+ reminders.*" | head -1 || echo "no figure (see above)")"
echo "$one"
echo "$busy"
echo "$portal" | grep -q "Delivered [0-9]* reminders"
