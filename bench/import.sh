#!/usr/bin/env bash
# Import benchmark: N small JSON documents (one per line) loaded with `quire import` into a Quire server
# jar on RocksDB, against PostgreSQL 15's COPY of the same lines into a jsonb table. Rows per second
# of each, wall clock from the command's start to its end (connections, table creation, all rows).
#
#   bench/import.sh [count] [--skip-build]     (count: default 1000000)
#
# Builds the server jar (package, not install) unless --skip-build. PostgreSQL 15 from Debian
# (/usr/lib/postgresql/15/bin) is used if present; if it is absent the script says so and measures
# Quire alone. Results: bench/results/import-<time>/results.md and the servers' logs.
set -euo pipefail

COUNT=1000000
BUILD=1
for arg in "$@"; do
	case "$arg" in
		--skip-build) BUILD=0 ;;
		''|*[!0-9]*) echo "usage: bench/import.sh [count] [--skip-build]" >&2; exit 2 ;;
		*) COUNT="$arg" ;;
	esac
done

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
RESULTS="$ROOT/bench/results/import-$(date -u +%Y%m%d-%H%M%S)"
WORK="$(mktemp -d /tmp/quire-import.XXXXXX)"
chmod 755 "$WORK"
mkdir -p "$RESULTS"
PG_BIN="/usr/lib/postgresql/15/bin"
PGDATA="$WORK/pg"
QUIRE_PID=""

log() { echo "[import $(date -u +%H:%M:%S)] $*"; }
now_ms() { date +%s%3N; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

cleanup() {
	set +e
	if [ -n "$QUIRE_PID" ] && kill -0 "$QUIRE_PID" 2>/dev/null; then kill "$QUIRE_PID"; wait "$QUIRE_PID"; fi
	if [ -f "$PGDATA/postmaster.pid" ]; then as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null; fi
	cp "$WORK"/*.log "$RESULTS"/ 2>/dev/null
	rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

if [ "$BUILD" = 1 ]; then
	log "building the server jar"
	./mvnw -B -q -DskipTests -pl server-module -am package
fi
JAR="$ROOT/server-module/target/quire-server.jar"

log "writing $COUNT documents to $WORK/docs.json"
python3 - "$COUNT" "$WORK/docs.json" <<'PY'
import json, sys
count, path = int(sys.argv[1]), sys.argv[2]
with open(path, "w") as out:
    for i in range(count):
        out.write(json.dumps({"id": i, "name": "user-%d" % i, "age": i % 90, "active": i % 3 == 0,
                              "score": round(i * 0.37, 2), "tags": ["t%d" % (i % 7), "g%d" % (i % 11)]}) + "\n")
PY
BYTES=$(stat -c %s "$WORK/docs.json")

rate() { python3 -c "print(round($1 * 1000 / max(1, $2)))"; }

log "starting the Quire server jar"
java -Xms1g -Xmx2g -jar "$JAR" --quire.server.driver-port=0 --quire.server.port-file="$WORK/quire.port" \
	--quire.server.data-dir="$WORK/quire-data" --server.port=0 >"$WORK/quire.log" 2>&1 &
QUIRE_PID=$!
for _ in $(seq 1 600); do [ -s "$WORK/quire.port" ] && break; sleep 0.1; done
QUIRE_PORT="$(tr -d '[:space:]' < "$WORK/quire.port")"
log "Quire on 127.0.0.1:$QUIRE_PORT"

log "quire import of $COUNT rows"
start=$(now_ms)
java -Xmx1g -jar "$JAR" import -c "127.0.0.1:$QUIRE_PORT" -f "$WORK/docs.json" --table bench.docs \
	--clients 8 --batch-size 200 --quiet > "$WORK/import.log" 2>&1
QUIRE_MS=$(( $(now_ms) - start ))
QUIRE_RATE=$(rate "$COUNT" "$QUIRE_MS")
log "quire import: $QUIRE_MS ms, $QUIRE_RATE rows/s ($(tail -1 "$WORK/import.log"))"

PG_LINE="| PostgreSQL 15 \`COPY\` into \`jsonb\` | not measured: PostgreSQL 15 is absent ($PG_BIN) | |"
if [ -x "$PG_BIN/initdb" ]; then
	PG_PORT="$(free_port)"
	mkdir -p "$PGDATA"
	[ "$(id -u)" = 0 ] && chown postgres "$PGDATA" "$WORK" && chmod 644 "$WORK/docs.json"
	as_pg "$PG_BIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --no-locale >/dev/null
	printf "listen_addresses = '127.0.0.1'\nport = %s\nunix_socket_directories = '%s'\nshared_buffers = 256MB\nfsync = on\n" \
		"$PG_PORT" "$PGDATA" >> "$PGDATA/postgresql.conf"
	as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$WORK/postgres.log" -w -t 60 start >/dev/null
	PSQL=("$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1)
	"${PSQL[@]}" -c "CREATE TABLE docs (doc jsonb)"
	log "PostgreSQL COPY of $COUNT rows"
	start=$(now_ms)
	"${PSQL[@]}" -c "\\copy docs (doc) FROM '$WORK/docs.json'"
	PG_MS=$(( $(now_ms) - start ))
	PG_RATE=$(rate "$COUNT" "$PG_MS")
	PG_ROWS=$("${PSQL[@]}" -t -A -c "SELECT count(*) FROM docs")
	log "PostgreSQL COPY: $PG_MS ms, $PG_RATE rows/s ($PG_ROWS rows)"
	PG_LINE="| PostgreSQL 15 \`\\copy docs (doc) FROM file\` into \`jsonb\` (fsync on, one transaction) | $PG_RATE | $PG_MS |"
else
	log "PostgreSQL 15 is absent ($PG_BIN): measuring Quire alone"
fi

cat > "$RESULTS/results.md" <<EOF
$COUNT documents, $BYTES bytes of JSON (one per line), on $(nproc) cores; $(java -version 2>&1 | head -1).

| what | rows/s | ms |
|---|---:|---:|
| \`quire import -f docs.json --table bench.docs --clients 8 --batch-size 200\` (RocksDB, soft durability, as rethinkdb import) | $QUIRE_RATE | $QUIRE_MS |
$PG_LINE
EOF
cat "$RESULTS/results.md"
