#!/usr/bin/env bash
# Times the start of the server jar (to its port file: the driver port accepts connections) and of
# the sample app (to its first HTTP 200 on /actuator/health), N times each, interleaved, and prints
# medians. Every start gets a fresh data directory and free ports.
#
#   bench/startup.sh [-n N] [--before=<git ref>] [--no-build] [--no-sample]
#
# Variants, one start of each per round:
#   server@<ref>   the server jar of an earlier commit (with --before; built once into bench/target)
#   server         server-module/target/quire-server.jar, plain `java -jar`
#   server-cds     server-module/target/quire-server, the launcher the README starts the server with:
#                  the jar extracted (java -Djarmode=tools -jar ... extract) and started with a class
#                  data sharing archive (-XX:SharedArchiveFile); its first start, which makes the
#                  archive with a training run, happens before the timed rounds
#   server-cds-c1  server-cds with the JIT limited to C1 (JAVA_OPTS=-XX:TieredStopAtLevel=1): quickest
#                  to start, slower once warm, for tests and CI rather than production
#   sample@<ref>, sample, sample-cds   the same for sample-app/target/quire-sample.jar and
#                  sample-app/target/quire-sample
# For each start it records the wall time to ready, the process's CPU time (user + system) at that
# moment, which a loaded machine disturbs far less than the wall time, and its resident memory.
# Results: bench/results/startup-<time>/startup.csv and startup.md.
set -euo pipefail

usage() { echo "usage: bench/startup.sh [-n N] [--before=<git ref>] [--no-build] [--no-sample]" >&2; exit 2; }
RUNS=5
BEFORE_REF=""
BUILD=true
SAMPLE=true
while [ $# -gt 0 ]; do
	case "$1" in
		-n) RUNS="$2"; shift ;;
		--before=?*) BEFORE_REF="${1#--before=}" ;;
		--no-build) BUILD=false ;;
		--no-sample) SAMPLE=false ;;
		*) usage ;;
	esac
	shift
done

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
RESULTS="$ROOT/bench/results/startup-$(date -u +%Y%m%d-%H%M%S)"
WORK="$(mktemp -d /tmp/quire-startup.XXXXXX)"
mkdir -p "$RESULTS"
PID=""
TICKS="$(getconf CLK_TCK)"
PAGE_KB=$(( $(getconf PAGESIZE) / 1024 ))

log() { echo "[startup $(date -u +%H:%M:%S)] $*" >&2; }
now_ms() { date +%s%3N; }
free_port() {
	python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}
cpu_ms() { awk -v t="$TICKS" '{ print int(($14 + $15) * 1000 / t) }' "/proc/$1/stat"; }
rss_mb() { awk -v p="$PAGE_KB" '{ print int($2 * p / 1024) }' "/proc/$1/statm"; }

stop() {
	if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
		kill "$PID"
		for _ in $(seq 1 300); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
		kill -9 "$PID" 2>/dev/null || true
		wait "$PID" 2>/dev/null || true
	fi
	PID=""
}
cleanup() {
	set +e
	stop
	[ -d "$WORK/before-src" ] && git worktree remove --force "$WORK/before-src" >/dev/null 2>&1
	rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

build() {
	log "building the server jar and the sample app (package)"
	./mvnw -B -q -DskipTests -pl server-module,sample-app -am package
}

# The jars of an earlier commit, built once in a temporary worktree and kept in bench/target.
build_before() {
	BEFORE_SHA="$(git rev-parse --short "$BEFORE_REF^{commit}")"
	if [ ! -f "bench/target/quire-server-$BEFORE_SHA.jar" ]; then
		log "building the jars of $BEFORE_REF ($BEFORE_SHA)"
		git worktree add --detach "$WORK/before-src" "$BEFORE_SHA" >/dev/null
		(cd "$WORK/before-src" && ./mvnw -B -q -DskipTests -pl server-module,sample-app -am package)
		mkdir -p bench/target
		cp "$WORK/before-src/server-module/target/quire-server.jar" "bench/target/quire-server-$BEFORE_SHA.jar"
		cp "$WORK/before-src/sample-app/target/quire-sample.jar" "bench/target/quire-sample-$BEFORE_SHA.jar"
		git worktree remove --force "$WORK/before-src"
	fi
}

# The launcher's first start, untimed: it extracts the jar and makes the CDS archive in $WORK/cache.
prepare_launcher() {
	local kind="$1" launcher="$2"
	"start_$kind" env QUIRE_CACHE_DIR="$WORK/cache" "$launcher"
	stop
	log "CDS archive for $(basename "$launcher"): $(du -ch "$WORK"/cache/"$(basename "$launcher")"-*/app.jsa | tail -1 | cut -f1)"
}

# Starts one variant and waits until it is ready; sets RESULT to "wall_ms cpu_ms rss_mb". Runs in
# this shell, not in a subshell, so that PID stays set for stop().
start_server() {
	local dir="$WORK/run"; rm -rf "$dir"; mkdir -p "$dir"
	local start; start="$(now_ms)"
	"$@" --quire.server.driver-port=0 --quire.server.port-file="$dir/port" --quire.server.data-dir="$dir/data" \
		--server.port=0 >"$dir/log" 2>&1 &
	PID=$!
	until [ -s "$dir/port" ]; do
		kill -0 "$PID" 2>/dev/null || { cat "$dir/log" >&2; echo "server did not start" >&2; exit 1; }
		sleep 0.02
	done
	RESULT="$(( $(now_ms) - start )) $(cpu_ms "$PID") $(rss_mb "$PID")"
}

start_sample() {
	local dir="$WORK/run"; rm -rf "$dir"; mkdir -p "$dir"
	local port; port="$(free_port)"
	local start; start="$(now_ms)"
	"$@" --server.port="$port" >"$dir/log" 2>&1 &
	PID=$!
	until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health"; do
		kill -0 "$PID" 2>/dev/null || { cat "$dir/log" >&2; echo "sample did not start" >&2; exit 1; }
		sleep 0.02
	done
	RESULT="$(( $(now_ms) - start )) $(cpu_ms "$PID") $(rss_mb "$PID")"
}

# Variant table: name, kind (server|sample), working directory, command.
VARIANTS=()
add() { VARIANTS+=("$1|$2|$3|$4"); }

$BUILD && build
[ -n "$BEFORE_REF" ] && build_before
SERVER_JAR="$ROOT/server-module/target/quire-server.jar"
SAMPLE_JAR="$ROOT/sample-app/target/quire-sample.jar"
[ -n "$BEFORE_REF" ] && add "server@$BEFORE_SHA" server "$WORK" "java -jar $ROOT/bench/target/quire-server-$BEFORE_SHA.jar"
add server server "$WORK" "java -jar $SERVER_JAR"
LAUNCH="env QUIRE_CACHE_DIR=$WORK/cache"
prepare_launcher server "$ROOT/server-module/target/quire-server"
add server-cds server "$WORK" "$LAUNCH $ROOT/server-module/target/quire-server"
add server-cds-c1 server "$WORK" "$LAUNCH JAVA_OPTS=-XX:TieredStopAtLevel=1 $ROOT/server-module/target/quire-server"
if $SAMPLE; then
	# A server jar copied to bench/target by hand (as bench/run.sh leaves it) comes without a sample.
	[ -f "bench/target/quire-sample-${BEFORE_SHA:-none}.jar" ] &&
		add "sample@$BEFORE_SHA" sample "$WORK" "java -jar $ROOT/bench/target/quire-sample-$BEFORE_SHA.jar"
	add sample sample "$WORK" "java -jar $SAMPLE_JAR"
	prepare_launcher sample "$ROOT/sample-app/target/quire-sample"
	add sample-cds sample "$WORK" "$LAUNCH $ROOT/sample-app/target/quire-sample"
fi

{
	echo "date: $(date -u)"; echo "commit: $(git rev-parse --short HEAD)"
	[ -n "$BEFORE_REF" ] && echo "before: $BEFORE_REF ($BEFORE_SHA)"
	echo "nproc: $(nproc)"; java -version 2>&1 | head -1; echo "load before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$RESULTS/machine.txt"
echo "variant,run,wall_ms,cpu_ms,rss_mb,load1" > "$RESULTS/startup.csv"
for run in $(seq 1 "$RUNS"); do
	for variant in "${VARIANTS[@]}"; do
		IFS='|' read -r name kind dir command <<< "$variant"
		cd "$dir"
		# shellcheck disable=SC2086
		"start_$kind" $command
		cd "$ROOT"
		stop
		result="$RESULT"
		echo "$name,$run,${result// /,},$(cut -d' ' -f1 /proc/loadavg)" >> "$RESULTS/startup.csv"
		log "$name run $run: wall, cpu ms, rss MB = $result"
	done
done
echo "load after the run: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$RESULTS/machine.txt"
python3 "$ROOT/bench/tools/startup-medians.py" "$RESULTS/startup.csv" | tee "$RESULTS/startup.md"
log "results in $RESULTS"
