#!/usr/bin/env bash
# Offer list and dashboard under load, signed in, on SQLite and PostgreSQL, at 1,000 and at 100,000 offers.
#   bench/run.sh [sqlite|postgres|all] [seconds]      (BENCH_WARMUP=60: seconds of load before each measurement;
#                                                     BENCH_OFFERS=100000: only that size, 1000 or 100000;
#                                                     BENCH_PROFILE=dir: then one connection for 10 s per page, each request
#                                                     timed stage by stage, medians written to dir, see bench/PROFILE.md)
# Seeds 10 organizations x 100 offers, then 1,000 organizations x 100 offers (the signed-in organization has 100
# either way), and drives wrk on loopback at 32 connections (a browser's session: the cookie refreshed by the portal is
# taken up, see report.lua) against the portal in Production as behind a TLS-terminating proxy: plain HTTP on loopback,
# each request saying X-Forwarded-Proto: https from 127.0.0.1, the known proxy (the portal serves only HTTPS outside
# Development), against:
#   /Offers?year=2026&sort=worker    (the organization's offer list: a full page of 50 of its ~83 offers created in 2026, sorted)
#   /Organization                      (the dashboard: counts by status and the offers that need action)
# First, the machine's ceiling in the same run: Kestrel alone (bench/kestrel) answering a 13-byte text, driven the same
# way (same wrk threads, connections, warm-up and duration), so that the portal's figures are read against it.
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-all}
seconds=${2:-20}
warmup=${BENCH_WARMUP:-60}
command -v wrk >/dev/null || { sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo; $sudo apt-get update -qq; DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk postgresql >/dev/null; }
dotnet build src/Portal.Web -c Release -nologo -v quiet
dotnet build bench/kestrel -c Release -nologo -v quiet
dll=src/Portal.Web/bin/Release/net10.0/Portal.Web.dll
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort | tail -1)
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

run() { # provider orgs per_org
    local provider=$1 orgs=$2 per=$3 work port pgport cs pid cookie orgid
    work=$(mktemp -d /tmp/portal-bench-XXXX); chmod 755 "$work"
    port=$((20000 + RANDOM % 20000)); pgport=$((port + 1))
    if [ "$provider" = postgres ]; then
        [ "$(id -u)" -eq 0 ] && chown postgres "$work"
        as_pg "$pgbin/initdb" -D "$work/pg" -U postgres -A trust --no-sync >/dev/null
        as_pg "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w -o "-p $pgport -k $work -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=512MB" start >/dev/null
        cs="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres;Maximum Pool Size=10;Max Auto Prepare=50;No Reset On Close=true"
    else
        cs="Data Source=$work/data/portal.db"
    fi
    ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning Database__Provider=$provider Database__ConnectionString="$cs" \
        PORTAL_PROFILE="${BENCH_PROFILE:+$BENCH_PROFILE/$provider-$((orgs * per)).md}" \
        Portal__DataDirectory="$work/data" Portal__PublicBaseUrl="https://127.0.0.1:$port" ForwardedHeaders__KnownProxies__0=127.0.0.1 \
        dotnet "$dll" --urls "http://127.0.0.1:$port" > "$work/portal.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.5; done
    cookie=$(python3 bench/session.py "http://127.0.0.1:$port" "$work/data/mail")
    if [ "$provider" = postgres ]; then
        orgid=$(psql "host=127.0.0.1 port=$pgport user=postgres dbname=postgres" -tAc "SELECT \"Id\" FROM \"Organizations\" WHERE \"BusinessNumber\"='123456782'")
        python3 bench/seed.py postgres "host=127.0.0.1 port=$pgport user=postgres dbname=postgres" "$orgid" "$orgs" "$per"
    else
        orgid=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT \"Id\" FROM \"Organizations\" WHERE \"BusinessNumber\"=?',('123456782',)).fetchone()[0])" "$work/data/portal.db")
        python3 bench/seed.py sqlite "$work/data/portal.db" "$orgid" "$orgs" "$per"
    fi
    for target in "/Offers?year=2026&sort=worker" "/Organization"; do
        curl -sf -o /dev/null -H "X-Forwarded-Proto: https" -H "Cookie: $cookie" "http://127.0.0.1:$port$target" || { echo "GET $target failed"; tail -20 "$work/portal.log"; exit 1; }
        # Warm-up to the steady state of a running server: .NET compiles hot code again with profile data (tiered
        # PGO) on a background thread, which a saturated 2-core machine starves: after 5 s of load the list ran at
        # 400-600 requests/s, after 60 s at its steady ~1,000-1,150.
        wrk -t2 -c32 -d"${warmup}s" -s bench/report.lua -H "X-Forwarded-Proto: https" -H "Cookie: $cookie" "http://127.0.0.1:$port$target" >/dev/null
        printf '%-9s %7d offers  %-34s ' "$provider" "$((orgs * per))" "$target"
        wrk -t2 -c32 -d"${seconds}s" --latency -s bench/report.lua -H "X-Forwarded-Proto: https" -H "Cookie: $cookie" "http://127.0.0.1:$port$target" | grep RESULT
        if [ -n "${BENCH_PROFILE:-}" ]; then
            printf '%-9s %7d offers  %-34s ' "$provider" "$((orgs * per))" "$target (1 connection, timed)"
            wrk -t1 -c1 -d10s --latency -s bench/report.lua -H "X-Portal-Profile: 1" -H "X-Forwarded-Proto: https" -H "Cookie: $cookie" "http://127.0.0.1:$port$target" | grep RESULT
        fi
        echo "          load: $(uptime)"
    done
    kill "$pid"; wait "$pid" 2>/dev/null || true
    [ "$provider" = postgres ] && as_pg "$pgbin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null
    rm -rf "$work"
}

bare() {
    local port pid
    port=$((20000 + RANDOM % 20000))
    dotnet bench/kestrel/bin/Release/net10.0/BareKestrel.dll --urls "http://127.0.0.1:$port" > /dev/null 2>&1 &
    pid=$!
    for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.5; done
    wrk -t2 -c32 -d"${warmup}s" -s bench/report.lua "http://127.0.0.1:$port/" >/dev/null
    printf '%-9s %7s         %-34s ' kestrel - "/ (bare, 13 bytes)"
    wrk -t2 -c32 -d"${seconds}s" --latency -s bench/report.lua "http://127.0.0.1:$port/" | grep RESULT
    kill "$pid"; wait "$pid" 2>/dev/null || true
}

echo "load before: $(uptime)"
bare
for provider in sqlite postgres; do
    [ "$which" = all ] || [ "$which" = "$provider" ] || continue
    if [ "${BENCH_OFFERS:-1000}" = 1000 ]; then run "$provider" 10 100; fi
    if [ "${BENCH_OFFERS:-100000}" = 100000 ]; then run "$provider" 1000 100; fi
done
echo "load after: $(uptime)"
