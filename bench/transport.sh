#!/usr/bin/env bash
# Epoll against NIO, side by side: point reads (workload C, hard, 16 threads, through a pool of 4
# and one shared connection) for each pairing of server transport and client transport, in
# alternating rounds, with the server's and the client's CPU per read. Each server is started once
# (with -Dquire.netty.transport=epoll or nio) and loaded with 20,000 documents; the client runs
# once per round and transport.
#
#   bench/transport.sh [-n ROUNDS] [--seconds=S] [--no-build]
#
# Results: bench/results/transport-<time>/transport.txt.
set -euo pipefail

usage() { echo "usage: bench/transport.sh [-n ROUNDS] [--seconds=S] [--no-build]" >&2; exit 2; }
ROUNDS=3
SECONDS_PER_CELL=10
BUILD=true
while [ $# -gt 0 ]; do
	case "$1" in
		-n) ROUNDS="$2"; shift ;;
		--seconds=*) SECONDS_PER_CELL="${1#--seconds=}" ;;
		--no-build) BUILD=false ;;
		*) usage ;;
	esac
	shift
done

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
RESULTS="$ROOT/bench/results/transport-$(date -u +%Y%m%d-%H%M%S)"
WORK="$(mktemp -d /tmp/quire-transport.XXXXXX)"
mkdir -p "$RESULTS"
PIDS=()
trap 'for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$WORK"' EXIT

$BUILD && ./mvnw -B -q -DskipTests -pl server-module,bench -am package

start_server() {
	local transport="$1"
	java -Xms1g -Xmx2g -Dquire.netty.transport="$transport" -jar server-module/target/quire-server.jar \
		--quire.server.driver-port=0 --quire.server.port-file="$WORK/$transport.port" \
		--quire.server.data-dir="$WORK/$transport-data" --server.port=0 >"$WORK/$transport.log" 2>&1 &
	PIDS+=($!)
	eval "PID_$transport=$!"
	for _ in $(seq 1 600); do
		[ -s "$WORK/$transport.port" ] && break
		sleep 0.1
	done
	[ -s "$WORK/$transport.port" ] || { cat "$WORK/$transport.log" >&2; exit 1; }
	eval "PORT_$transport=$(tr -d '[:space:]' < "$WORK/$transport.port")"
}

client() {
	local server="$1" client="$2" load="$3"
	local port pid
	eval "port=\$PORT_$server; pid=\$PID_$server"
	java -Xmx2g -Dquire.netty.transport="$client" -Dbench.clockTicks="$(getconf CLK_TCK)" \
		-cp "bench/target/quire-bench.jar:bench/target/lib/*" io.quire.bench.TransportComparison \
		--port="$port" --pid="$pid" --label="server-$server" --seconds="$SECONDS_PER_CELL" --load="$load"
}

{
	echo "date: $(date -u)"; echo "commit: $(git rev-parse --short HEAD)"; echo "nproc: $(nproc)"
	java -version 2>&1 | head -1; echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
	start_server epoll
	start_server nio
	client epoll epoll true >/dev/null
	client nio nio true >/dev/null
	for round in $(seq 1 "$ROUNDS"); do
		echo "round $round"
		for server in epoll nio; do
			for transport in epoll nio; do
				client "$server" "$transport" false
			done
		done
	done
	echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$RESULTS/transport.txt"
