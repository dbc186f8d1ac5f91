#!/usr/bin/env bash
# The Hub's test command: installs what a clean machine lacks (Debian's Chromium for the viewer's browser tests,
# Debian's PostgreSQL server and nginx), builds, runs the whole suite on SQLite, then runs the integration tests again on a
# throw-away PostgreSQL cluster, which is removed at the end whatever happened. npm packages are installed by the
# build itself.
#
#   ./test.sh                         both passes (what CI runs)
#   HUB_TEST_ONLY=sqlite ./test.sh    the SQLite pass alone (no PostgreSQL needed)
#   HUB_TEST_ONLY=postgres ./test.sh  the PostgreSQL pass alone
#
# Further arguments go to every `dotnet test` run, e.g. --filter "FullyQualifiedName~SearchTests".
set -euo pipefail
cd "$(dirname "$0")"

only="${HUB_TEST_ONLY:-}"
case "$only" in "" | sqlite | postgres) ;; *) echo "test.sh: HUB_TEST_ONLY must be sqlite or postgres, not '$only'" >&2; exit 2 ;; esac

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
updated=""
install() {
  echo "test.sh: installing Debian's $*…"
  if [ -z "$updated" ]; then $sudo apt-get update -qq; updated=1; fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

if [ ! -x /usr/bin/chromium ]; then install chromium; fi
if [ "$only" != sqlite ] && [ ! -x "$(pg_bin)/initdb" ]; then install postgresql; fi
# The deployment walk-through (tests/Hub.Tests/Deployment) runs deploy/nginx/hub.conf in the PostgreSQL pass.
if [ "$only" != sqlite ] && [ ! -x /usr/sbin/nginx ]; then install nginx-light; fi

# Tests that are not about a database engine (the disclosure algorithms) run in the SQLite pass only.
postgres_filter="FullyQualifiedName!~Hub.Tests.Statistics.Disclosure"
user_filter=""
for arg in "$@"; do if [ "$arg" = "--filter" ]; then user_filter=1; fi; done

failed=0
started=$SECONDS

if [ "$only" != postgres ]; then
  echo "test.sh: the whole suite on SQLite"
  HUB_TEST_PROVIDER=Sqlite dotnet test Hub.sln --logger "console;verbosity=minimal" "$@" || failed=1
  echo "test.sh: SQLite pass done after $((SECONDS - started)) s"
else
  dotnet build Hub.sln -v quiet -nologo
fi

if [ "$only" != sqlite ]; then
  # A cluster of its own in a temporary folder, reached only through a Unix socket there (no port to collide
  # with), owned by an unprivileged user: the server refuses to run as root.
  bin="$(pg_bin)"
  cluster="$(mktemp -d /tmp/hub-test-pg.XXXXXX)"
  as_owner=()
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
    chown postgres "$cluster"
    as_owner=(runuser -u postgres --)
  fi
  remove_cluster() {
    "${as_owner[@]}" "$bin/pg_ctl" -D "$cluster/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$cluster"
  }
  trap remove_cluster EXIT
  "${as_owner[@]}" "$bin/initdb" -D "$cluster/data" -U postgres -A trust --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$cluster/initdb.log" 2>&1 \
    || { cat "$cluster/initdb.log" >&2; exit 1; }
  # Durability is switched off: the cluster is thrown away. Every test's Hub has a database and a pool of its own.
  "${as_owner[@]}" "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -s \
    -o "-c listen_addresses='' -k $cluster -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400" start \
    || { cat "$cluster/server.log" >&2; exit 1; }
  export HUB_TEST_POSTGRES="Host=$cluster;Username=postgres;Database=postgres"
  echo "test.sh: the integration tests on PostgreSQL ($("$bin/postgres" --version), cluster in $cluster)"
  filter=()
  if [ -z "$user_filter" ]; then filter=(--filter "$postgres_filter"); fi
  HUB_TEST_PROVIDER=Postgres dotnet test Hub.sln --no-build --logger "console;verbosity=minimal" "${filter[@]}" "$@" || failed=1
  echo "test.sh: PostgreSQL pass done after $((SECONDS - started)) s"
fi

exit $failed
