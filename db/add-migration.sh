#!/usr/bin/env bash
# Adds one migration, under one name, for every provider the portal runs on, from the EF model; then writes the deploy
# scripts again. See db/README.md.
#
#   db/add-migration.sh NAME            add migration NAME for SQLite, PostgreSQL and SQL Server, write db/*/deploy.sql
#   db/add-migration.sh --scripts-only  write db/*/deploy.sql again (after adding raw SQL to a migration by hand)
#
# Needs no database server: `dotnet ef` reads the model through the design-time factories in Data/ProviderContexts.cs.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -ne 1 ] || [[ "$1" == -* && "$1" != "--scripts-only" ]]; then
    echo "Usage: db/add-migration.sh NAME | --scripts-only" >&2
    exit 2
fi
providers=(Sqlite Postgres SqlServer)
ef() { dotnet ef "$@" --project src/Portal.Web --configuration Release --no-build; }
build() { dotnet build src/Portal.Web -c Release -nologo -v quiet >/dev/null; }
# dotnet ef writes a byte-order mark; the repository's files have none (.editorconfig).
strip_bom() { sed -i '1s/^\xEF\xBB\xBF//' "$@"; }

dotnet tool restore >/dev/null
build
if [ "$1" != "--scripts-only" ]; then
    for p in "${providers[@]}"; do
        ef migrations add "$1" --context "${p}PortalDbContext" --output-dir "Data/Migrations/$p"
    done
    strip_bom src/Portal.Web/Data/Migrations/*/*.cs
    build
fi
for p in "${providers[@]}"; do
    folder=$(echo "$p" | tr '[:upper:]' '[:lower:]')
    # EF Core cannot write an idempotent script for SQLite; its script is the whole history, for an empty database.
    idempotent=--idempotent
    [ "$p" = Sqlite ] && idempotent=
    mkdir -p "db/$folder"
    ef migrations script $idempotent --context "${p}PortalDbContext" --output "db/$folder/deploy.sql"
    strip_bom "db/$folder/deploy.sql"
done
echo "Done. Review the migrations in src/Portal.Web/Data/Migrations/*/ and db/*/deploy.sql; raw SQL a migration needs goes in"
echo "each provider's migration by hand, then run db/add-migration.sh --scripts-only."
