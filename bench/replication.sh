#!/usr/bin/env bash
# Replication numbers (issue 18), on loopback with the built server jar:
#  1. durable (hard) inserts from the same client load against a single server and against a
#     three-member group, side by side: single documents and batches of 100 from T client threads,
#     the two systems alternated cell by cell, N rounds (io.quire.bench.replication.ThroughputRounds);
#  2. failover: N times, a fresh three-member group under a load of T writers of single documents,
#     the primary killed with SIGKILL, timed to the first write a new primary acknowledges
#     (io.quire.bench.replication.FailoverRun).
#
#   bench/replication.sh [-n N] [--seconds=S] [--threads=T] [--no-build]
#
# N rounds and failovers (3), S seconds per throughput cell (10), T client threads (16).
# Every server gets the same heap (-Xmx1g) and a fresh data directory under a temporary directory.
# Results: bench/results/replication-<time>/: throughput.csv, failover.csv, results.md,
# results.json, machine.txt and the servers' logs.
set -euo pipefail

usage() { echo "usage: bench/replication.sh [-n N] [--seconds=S] [--threads=T] [--no-build]" >&2; exit 2; }
RUNS=3
SECONDS_PER_CELL=10
THREADS=16
BUILD=true
while [ $# -gt 0 ]; do
	case "$1" in
		-n) RUNS="$2"; shift ;;
		--seconds=?*) SECONDS_PER_CELL="${1#--seconds=}" ;;
		--threads=?*) THREADS="${1#--threads=}" ;;
		--no-build) BUILD=false ;;
		*) usage ;;
	esac
	shift
done

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
RESULTS="$ROOT/bench/results/replication-$(date -u +%Y%m%d-%H%M%S)"
WORK="$(mktemp -d /tmp/quire-replication.XXXXXX)"
mkdir -p "$RESULTS"
JAR=server-module/target/quire-server.jar
PIDS=()

log() { echo "[replication $(date -u +%H:%M:%S)] $*" >&2; }
free_port() {
	python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

stop_all() {
	local pid
	for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
	for pid in "${PIDS[@]}"; do
		for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
		kill -9 "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
	done
	PIDS=()
}
cleanup() {
	set +e
	stop_all
	cp "$WORK"/*.log "$RESULTS"/ 2>/dev/null
	rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

# Starts the server jar as <name> on the given driver port; sets STARTED_PID.
start_server() {
	local name="$1" port="$2"; shift 2
	java -Xms256m -Xmx1g -jar "$JAR" --quire.server.driver-port="$port" \
		--quire.server.port-file="$WORK/$name.port" --quire.server.data-dir="$WORK/$name-data" \
		--server.port=0 "$@" >"$WORK/$name.log" 2>&1 &
	STARTED_PID=$!
	PIDS+=("$STARTED_PID")
}

await_port_file() {
	local name="$1" pid="$2"
	for _ in $(seq 1 1200); do
		[ -s "$WORK/$name.port" ] && return
		kill -0 "$pid" 2>/dev/null || { tail -50 "$WORK/$name.log" >&2; echo "$name did not start" >&2; exit 1; }
		sleep 0.1
	done
	echo "$name did not write its port file within 120 s" >&2
	exit 1
}

# Starts a three-member group named <prefix>1..3; sets GROUP (port:pid,port:pid,port:pid).
start_group() {
	local prefix="$1" peers="" ports=() pids=() n
	for n in 1 2 3; do
		ports+=("$(free_port)")
		peers+="${peers:+,}$prefix$n=127.0.0.1:$(free_port)/${ports[$((n - 1))]}"
	done
	for n in 1 2 3; do
		start_server "$prefix$n" "${ports[$((n - 1))]}" --quire.server.cluster.node-id="$prefix$n" \
			--quire.server.cluster.peers="$peers"
		pids+=("$STARTED_PID")
	done
	GROUP=""
	for n in 1 2 3; do
		await_port_file "$prefix$n" "${pids[$((n - 1))]}"
		GROUP+="${GROUP:+,}${ports[$((n - 1))]}:${pids[$((n - 1))]}"
	done
	log "group $prefix: $GROUP (port:pid)"
}

bench() {
	java -Xmx1g -Dbench.clockTicks="$(getconf CLK_TCK)" -cp "bench/target/quire-bench.jar:bench/target/lib/*" \
		io.quire.bench.replication.ReplicationMain "$@" --results="$RESULTS"
}

describe_machine() {
	{
		local dirty=""; [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ] && dirty=" (with uncommitted changes)"
		echo "date: $(date -u)"; echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$dirty"
		echo "server jar: $JAR, built $(date -u -r "$JAR" 2>/dev/null || echo never)"
		echo "rounds: $RUNS, seconds per cell: $SECONDS_PER_CELL, client threads: $THREADS"
		echo "nproc: $(nproc)"; free -g; java -version 2>&1; uname -srm
		echo "load before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
	} > "$RESULTS/machine.txt"
}

if $BUILD; then
	log "building the server jar and the harness"
	./mvnw -B -q -DskipTests -pl server-module,bench -am package
fi
describe_machine

SINGLE_PORT="$(free_port)"
start_server single "$SINGLE_PORT"
await_port_file single "$STARTED_PID"
SINGLE="$SINGLE_PORT:$STARTED_PID"
start_group t
log "throughput: $RUNS rounds of ${SECONDS_PER_CELL} s cells, $THREADS threads"
bench throughput --single="$SINGLE" --cluster="$GROUP" --rounds="$RUNS" --seconds="$SECONDS_PER_CELL" \
	--threads="$THREADS" | tee "$RESULTS/throughput.txt"
echo "load after the throughput rounds: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$RESULTS/machine.txt"
stop_all

for run in $(seq 1 "$RUNS"); do
	start_group "f${run}n"
	log "failover $run of $RUNS"
	bench failover --members="$GROUP" --run="$run" --threads="$THREADS" | tee -a "$RESULTS/failover.txt"
	stop_all
done
echo "load after the failovers: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$RESULTS/machine.txt"
bench summary
log "results in $RESULTS"
