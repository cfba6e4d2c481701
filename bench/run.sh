#!/usr/bin/env bash
# Runs Quire's side-by-side benchmarks in one go: builds what is missing, starts a private
# PostgreSQL 15 and the Quire server jar on free loopback ports in a temporary directory, runs the
# harness (bench/) and the JMH microbenchmarks, and stops everything it started.
#
#   bench/run.sh [quick|full] [--jfr]
#
# quick: about ten minutes on two cores; full: every thread count, about an hour.
# --jfr: record the Quire server with Java Flight Recorder (results/<run>/quire.jfr).
# Results go to bench/results/<profile>-<time>/: results.csv, results.json, results.md,
# jmh.txt, machine.txt and the servers' logs.
set -euo pipefail

PROFILE="${1:-quick}"
JFR="${2:-}"
case "$PROFILE" in quick|full) ;; *) echo "usage: bench/run.sh [quick|full] [--jfr]" >&2; exit 2 ;; esac

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
STAMP="$(date -u +%Y%m%d-%H%M%S)"
RESULTS="$ROOT/bench/results/$PROFILE-$STAMP"
WORK="$(mktemp -d /tmp/quire-bench.XXXXXX)"
chmod 755 "$WORK"
mkdir -p "$RESULTS"
QUIRE_PID=""
PG_BIN=""
PGDATA="$WORK/pg"

log() { echo "[bench $(date -u +%H:%M:%S)] $*"; }

as_root() {
	if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
		echo "need root (or sudo) to run: $*" >&2; return 1; fi
}

# initdb and postgres refuse to run as root: use the postgres user then.
as_pg() {
	if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
	if command -v python3 >/dev/null; then
		python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
		return
	fi
	local port
	while :; do
		port=$(( 20000 + RANDOM % 40000 ))
		ss -ltn | awk '{print $4}' | grep -q ":$port\$" || { echo "$port"; return; }
	done
}

now_ms() { date +%s%3N; }

cleanup() {
	set +e
	if [ -n "$QUIRE_PID" ] && kill -0 "$QUIRE_PID" 2>/dev/null; then
		kill "$QUIRE_PID"
		for _ in $(seq 1 50); do kill -0 "$QUIRE_PID" 2>/dev/null || break; sleep 0.2; done
		kill -9 "$QUIRE_PID" 2>/dev/null
	fi
	if [ -n "$PG_BIN" ] && [ -f "$PGDATA/postmaster.pid" ]; then
		as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null
	fi
	cp "$WORK"/*.log "$RESULTS"/ 2>/dev/null
	rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

build_if_missing() {
	if [ ! -f server-module/target/quire-server.jar ] || [ ! -f bench/target/quire-bench.jar ] || [ ! -d bench/target/lib ]; then
		log "building the server jar and the harness"
		./mvnw -B -q -DskipTests -pl server-module,bench -am install
	fi
}

install_postgres() {
	PG_BIN="/usr/lib/postgresql/15/bin"
	if [ ! -x "$PG_BIN/initdb" ]; then
		log "installing postgresql-15 from Debian's packages"
		as_root apt-get update -qq
		DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql-15 >/dev/null
	fi
}

start_postgres() {
	PG_PORT="$(free_port)"
	mkdir -p "$PGDATA"
	[ "$(id -u)" = 0 ] && chown postgres "$PGDATA" "$WORK"
	as_pg "$PG_BIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --no-locale >/dev/null
	local buffers="256MB"; [ "$PROFILE" = full ] && buffers="2GB"
	cat >> "$PGDATA/postgresql.conf" <<-EOF
		listen_addresses = '127.0.0.1'
		port = $PG_PORT
		unix_socket_directories = '$PGDATA'
		shared_buffers = $buffers
		max_connections = 200
		fsync = on
	EOF
	local start; start="$(now_ms)"
	as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$WORK/postgres.log" -w -t 60 start >/dev/null
	PG_READY_MS=$(( $(now_ms) - start ))
	PG_PID="$(head -1 "$PGDATA/postmaster.pid")"
	log "PostgreSQL 15 on 127.0.0.1:$PG_PORT (pid $PG_PID, ready in ${PG_READY_MS} ms)"
}

start_quire() {
	local jvm=(-Xms1g -Xmx2g)
	[ "$JFR" = "--jfr" ] && jvm+=("-XX:StartFlightRecording=filename=$RESULTS/quire.jfr,settings=profile")
	local start; start="$(now_ms)"
	java "${jvm[@]}" -jar server-module/target/quire-server.jar --quire.server.driver-port=0 \
		--quire.server.port-file="$WORK/quire.port" --quire.server.data-dir="$WORK/quire-data" \
		--server.port=0 >"$WORK/quire.log" 2>&1 &
	QUIRE_PID=$!
	for _ in $(seq 1 600); do
		[ -s "$WORK/quire.port" ] && break
		kill -0 "$QUIRE_PID" 2>/dev/null || { cat "$WORK/quire.log" >&2; echo "Quire did not start" >&2; exit 1; }
		sleep 0.1
	done
	QUIRE_READY_MS=$(( $(now_ms) - start ))
	QUIRE_PORT="$(tr -d '[:space:]' < "$WORK/quire.port")"
	log "Quire on 127.0.0.1:$QUIRE_PORT (pid $QUIRE_PID, ready in ${QUIRE_READY_MS} ms)"
}

describe_machine() {
	{
		echo "date: $(date -u)"; echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
		echo "nproc: $(nproc)"; free -g; java -version 2>&1; uname -srm
		echo "load before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
	} > "$RESULTS/machine.txt"
}

run_harness() {
	local fsyncs=false
	perf stat -e syscalls:sys_enter_fdatasync -p "$QUIRE_PID" -- sleep 0.1 >/dev/null 2>&1 && fsyncs=true
	local limit=1800; [ "$PROFILE" = full ] && limit=14400
	timeout "$limit" java -Xmx2g -Dbench.clockTicks="$(getconf CLK_TCK)" -cp "bench/target/quire-bench.jar:bench/target/lib/*" \
		io.quire.bench.BenchmarkMain --profile="$PROFILE" \
		--quire-port="$QUIRE_PORT" --quire-pid="$QUIRE_PID" --quire-data-dir="$WORK/quire-data" \
		--pg-url="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres?user=postgres" --pg-pid="$PG_PID" --pg-data-dir="$PGDATA" \
		--results="$RESULTS" --scratch="$WORK/scratch" --count-fsyncs="$fsyncs" \
		--fact.Quire_server_ready_ms="$QUIRE_READY_MS" --fact.PostgreSQL_ready_ms="$PG_READY_MS" \
		| tee "$RESULTS/harness.txt"
}

run_jmh() {
	local options=(-f 1 -wi 3 -w 1s -i 5 -r 1s); [ "$PROFILE" = full ] && options=(-f 2 -wi 5 -w 2s -i 5 -r 2s)
	log "JMH microbenchmarks"
	for threads in 1 8; do
		timeout 900 java -cp "bench/target/quire-bench.jar:bench/target/lib/*" org.openjdk.jmh.Main \
			"${options[@]}" -t "$threads" PoolBenchmark 2>&1 | grep -E '^(Benchmark|PoolBenchmark)' | sed "s/^/t$threads /"
	done | tee "$RESULTS/jmh.txt"
	timeout 900 java -cp "bench/target/quire-bench.jar:bench/target/lib/*" org.openjdk.jmh.Main \
		"${options[@]}" -prof gc 'CodecBenchmark|ReadPathBenchmark|ResponseFrameBenchmark' 2>&1 \
		| grep -E '^(Benchmark|CodecBenchmark|ReadPathBenchmark|ResponseFrameBenchmark)' | tee -a "$RESULTS/jmh.txt"
}

build_if_missing
install_postgres
describe_machine
start_postgres
start_quire
run_harness
run_jmh
log "results in $RESULTS"
