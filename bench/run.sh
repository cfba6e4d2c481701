#!/usr/bin/env bash
# Runs Quire's side-by-side benchmarks in one go: builds the server jar and the harness, starts a private
# PostgreSQL 15 and the Quire server jar on free loopback ports in a temporary directory, runs the
# harness (bench/) and the JMH microbenchmarks, and stops everything it started.
#
#   bench/run.sh [quick|full|smoke] [--jfr] [--before=<git ref>] [--keys=zipfian|uniform]
#
# quick: about ten minutes on two cores; full: every thread count, a little over an hour;
# smoke: tiny counts and no JMH, a minute or two, to check the script itself.
# --jfr: record the Quire server with Java Flight Recorder (results/<run>/quire.jfr).
# --before=<ref>: also build the server jar of that commit (in a temporary git worktree) and run
#   the S1 cells against it in the same run, as S1-shared@<ref> and S1-pool@<ref>.
# --keys: how reads and updates pick records (default YCSB's scrambled Zipfian).
# Results go to bench/results/<profile>-<time>/: results.csv, results.json, results.md,
# jmh.txt, machine.txt and the servers' logs.
set -euo pipefail

usage() { echo "usage: bench/run.sh [quick|full|smoke] [--jfr] [--before=<git ref>] [--keys=zipfian|uniform]" >&2; exit 2; }
PROFILE="quick"
JFR=""
BEFORE_REF=""
KEYS="zipfian"
for arg in "$@"; do
	case "$arg" in
		quick|full|smoke) PROFILE="$arg" ;;
		--jfr) JFR="--jfr" ;;
		--before=?*) BEFORE_REF="${arg#--before=}" ;;
		--keys=zipfian|--keys=uniform) KEYS="${arg#--keys=}" ;;
		*) usage ;;
	esac
done

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
STAMP="$(date -u +%Y%m%d-%H%M%S)"
RESULTS="$ROOT/bench/results/$PROFILE-$STAMP"
WORK="$(mktemp -d /tmp/quire-bench.XXXXXX)"
chmod 755 "$WORK"
mkdir -p "$RESULTS"
QUIRE_PID=""
BEFORE_PID=""
BEFORE_ARGS=()
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

stop_process() {
	local pid="$1"
	if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
		kill "$pid"
		for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
		kill -9 "$pid" 2>/dev/null
	fi
}

cleanup() {
	set +e
	stop_process "$QUIRE_PID"
	stop_process "$BEFORE_PID"
	if [ -n "$PG_BIN" ] && [ -f "$PGDATA/postmaster.pid" ]; then
		as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null
	fi
	cp "$WORK"/*.log "$RESULTS"/ 2>/dev/null
	[ -d "$WORK/before-src" ] && git worktree remove --force "$WORK/before-src" >/dev/null 2>&1
	rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

# Always rebuilt, so that the jars measured are the commit that machine.txt names. Packaged, never
# installed: the local Maven repository may be shared, and the harness runs from bench/target.
build() {
	log "building the server jar and the harness"
	./mvnw -B -q -DskipTests -pl server-module,bench -am package
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

# Starts a Quire server jar with data under $WORK/<name>-data; sets STARTED_PID, STARTED_PORT
# and STARTED_READY_MS.
start_server_jar() {
	local jar="$1" name="$2"; shift 2
	local start; start="$(now_ms)"
	java -Xms1g -Xmx2g "$@" -jar "$jar" --quire.server.driver-port=0 \
		--quire.server.port-file="$WORK/$name.port" --quire.server.data-dir="$WORK/$name-data" \
		--server.port=0 >"$WORK/$name.log" 2>&1 &
	STARTED_PID=$!
	for _ in $(seq 1 600); do
		[ -s "$WORK/$name.port" ] && break
		kill -0 "$STARTED_PID" 2>/dev/null || { cat "$WORK/$name.log" >&2; echo "$name did not start" >&2; exit 1; }
		sleep 0.1
	done
	STARTED_READY_MS=$(( $(now_ms) - start ))
	STARTED_PORT="$(tr -d '[:space:]' < "$WORK/$name.port")"
	log "$name on 127.0.0.1:$STARTED_PORT (pid $STARTED_PID, ready in ${STARTED_READY_MS} ms)"
}

start_quire() {
	local jvm=()
	[ "$JFR" = "--jfr" ] && jvm+=("-XX:StartFlightRecording=filename=$RESULTS/quire.jfr,settings=profile")
	start_server_jar server-module/target/quire-server.jar quire "${jvm[@]}"
	QUIRE_PID="$STARTED_PID"; QUIRE_PORT="$STARTED_PORT"; QUIRE_READY_MS="$STARTED_READY_MS"
}

# The server jar of an earlier commit, built once in a temporary worktree and kept in bench/target.
build_before() {
	BEFORE_SHA="$(git rev-parse --short "$BEFORE_REF^{commit}")"
	BEFORE_JAR="bench/target/quire-server-$BEFORE_SHA.jar"
	if [ ! -f "$BEFORE_JAR" ]; then
		log "building the server jar of $BEFORE_REF ($BEFORE_SHA)"
		git worktree add --detach "$WORK/before-src" "$BEFORE_SHA" >/dev/null
		(cd "$WORK/before-src" && ./mvnw -B -q -DskipTests -pl server-module -am package)
		mkdir -p bench/target
		cp "$WORK/before-src/server-module/target/quire-server.jar" "$BEFORE_JAR"
		git worktree remove --force "$WORK/before-src"
	fi
}

start_before() {
	start_server_jar "$BEFORE_JAR" "quire-$BEFORE_SHA"
	BEFORE_PID="$STARTED_PID"
	BEFORE_ARGS=(--before-label="$BEFORE_SHA" --before-port="$STARTED_PORT" --before-pid="$STARTED_PID"
		--before-data-dir="$WORK/quire-$BEFORE_SHA-data" --fact."Quire_server_ready_ms_($BEFORE_SHA)"="$STARTED_READY_MS")
}

describe_machine() {
	{
		local dirty=""; [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ] && dirty=" (with uncommitted changes)"
		echo "date: $(date -u)"; echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$dirty"
		[ -n "$BEFORE_REF" ] && echo "before: $BEFORE_REF ($BEFORE_SHA)"
		echo "keys: $KEYS"
		echo "nproc: $(nproc)"; free -g; java -version 2>&1; uname -srm
		echo "load before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
	} > "$RESULTS/machine.txt"
}

run_harness() {
	local fsyncs=false
	perf stat -e syscalls:sys_enter_fdatasync -p "$QUIRE_PID" -- sleep 0.1 >/dev/null 2>&1 && fsyncs=true
	local limit=1800; [ "$PROFILE" = full ] && limit=14400
	timeout "$limit" java -Xmx2g -Dbench.clockTicks="$(getconf CLK_TCK)" -cp "bench/target/quire-bench.jar:bench/target/lib/*" \
		io.quire.bench.BenchmarkMain --profile="$PROFILE" --keys="$KEYS" "${BEFORE_ARGS[@]}" \
		--quire-port="$QUIRE_PORT" --quire-pid="$QUIRE_PID" --quire-data-dir="$WORK/quire-data" \
		--pg-url="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres?user=postgres" --pg-pid="$PG_PID" --pg-data-dir="$PGDATA" \
		--results="$RESULTS" --scratch="$WORK/scratch" --count-fsyncs="$fsyncs" \
		--fact.Quire_server_ready_ms="$QUIRE_READY_MS" --fact.PostgreSQL_ready_ms="$PG_READY_MS" \
		| tee "$RESULTS/harness.txt"
}

run_jmh() {
	# The same short JMH settings for both profiles: the full profile spends its time on the cells.
	local options=(-f 1 -wi 3 -w 1s -i 5 -r 1s)
	log "JMH microbenchmarks"
	for threads in 1 8; do
		timeout 900 java -cp "bench/target/quire-bench.jar:bench/target/lib/*" org.openjdk.jmh.Main \
			"${options[@]}" -t "$threads" PoolBenchmark 2>&1 | grep -E '^(Benchmark|PoolBenchmark)' | sed "s/^/t$threads /"
	done | tee "$RESULTS/jmh.txt"
	timeout 900 java -cp "bench/target/quire-bench.jar:bench/target/lib/*" org.openjdk.jmh.Main \
		"${options[@]}" -prof gc 'CodecBenchmark|ReadPathBenchmark|ResponseFrameBenchmark' 2>&1 \
		| grep -E '^(Benchmark|CodecBenchmark|ReadPathBenchmark|ResponseFrameBenchmark)' | tee -a "$RESULTS/jmh.txt"
}

build
[ -n "$BEFORE_REF" ] && build_before
install_postgres
describe_machine
start_postgres
start_quire
[ -n "$BEFORE_REF" ] && start_before
run_harness
[ "$PROFILE" = smoke ] || run_jmh
log "results in $RESULTS"
