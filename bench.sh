#!/usr/bin/env bash
# Weightlab's speed benchmark, one command:
#   ./bench.sh          products, then training on Fashion-MNIST and the 8x8 digits, per kernel and
#                       thread count, then the same network in NumPy (about 8 minutes on 2 cores)
#   ./bench.sh quick    fewer epochs, no reference kernel on Fashion-MNIST (about 2 minutes)
# Each run is a fresh JVM with -Xmx512m (override with BENCH_JAVA_OPTS), so the peak heap shows that
# the run fits in 512 MiB. The table goes to target/bench/results.md, every line to target/bench/log.txt.
# Needs: Java 17, Maven, the full Fashion-MNIST set (apt-get install dataset-fashion-mnist); for the
# native rows OpenBLAS (apt-get install libopenblas0-serial), for NumPy python3-numpy.
set -euo pipefail
cd "$(dirname "$0")"
mode="${1:-full}"
out=target/bench
mkdir -p "$out"
mvn -B -q -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile="$out/classpath" -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat "$out/classpath")"
java_opts="${BENCH_JAVA_OPTS:--Xmx512m}"
log="$out/log.txt"
: > "$log"
pthread=/usr/lib/x86_64-linux-gnu/openblas-pthread   # Debian's OpenBLAS for threads, if installed

load() { cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?"; }

# On a shared machine, BENCH_QUIET_LOAD=0.7 ./bench.sh waits before each run (at most 15 minutes) until the
# 1-minute load average is under 0.7, so that other work does not stretch the wall clock.
wait_for_quiet() {
    [ -n "${BENCH_QUIET_LOAD:-}" ] || return 0
    local waited=0
    while awk -v l="$(load)" -v q="$BENCH_QUIET_LOAD" 'BEGIN { exit !(l >= q) }' && [ $waited -lt 900 ]; do
        sleep 10; waited=$((waited + 10))
    done
}

# run LABEL THREADS [NAME=VALUE ...] -- COMMAND...: runs COMMAND with the settings, tags its RESULT line.
run() {
    local label=$1 threads=$2; shift 2
    local settings=()
    while [ "$1" != "--" ]; do settings+=("$1"); shift; done
    shift
    wait_for_quiet
    local now; now=$(load)
    local shown=() skip=0 arg
    for arg in "$@"; do   # the command as shown: without the long class path
        if [ $skip = 1 ]; then skip=0; shown+=("CLASSPATH"); continue; fi
        [ "$arg" = -cp ] && skip=1
        shown+=("$arg")
    done
    echo "== $label, $threads thread(s): ${settings[*]} ${shown[*]} (load $now)" | tee -a "$log"
    env "${settings[@]}" "$@" | sed "/^RESULT /s/\$/ label=$label threads=$threads load=$now/" | tee -a "$log"
}
java_run() { # LABEL THREADS KERNEL [NAME=VALUE ...] -- MAIN ARGS...   (THREADS: Weightlab's, unless set below)
    local label=$1 threads=$2 kernel=$3; shift 3
    local settings=("WEIGHTLAB_KERNEL=$kernel" "WEIGHTLAB_THREADS=$threads")
    while [ "$1" != "--" ]; do settings+=("$1"); shift; done
    shift
    [ "$threads" = all ] && threads=$(nproc)
    # shellcheck disable=SC2086
    run "$label" "$threads" "${settings[@]}" -- java $java_opts -cp "$cp" "$@"
}

if [ "$mode" = quick ]; then fashion_epochs=2; digits_epochs=40; else fashion_epochs=5; digits_epochs=100; fi
fashion=(weightlab.bench.TrainingBenchmark fashion "$fashion_epochs")
digits=(weightlab.bench.TrainingBenchmark digits "$digits_epochs")

for kernel in native java reference; do
    java_run "$kernel" 1 "$kernel" -- weightlab.bench.GemmBenchmark
done

for data in fashion digits; do
    if [ "$data" = fashion ]; then main=("${fashion[@]}"); else main=("${digits[@]}"); fi
    java_run native 1 native -- "${main[@]}"
    java_run java 1 java -- "${main[@]}"
    java_run java all java -- "${main[@]}"
    if [ -e "$pthread/libopenblas.so.0" ]; then
        # Debian's serial OpenBLAS must not be called by two threads at once, so "all cores" uses the
        # build for threads: either Weightlab shares each product (OpenBLAS single-threaded inside) ...
        java_run native-pthread all native "WEIGHTLAB_OPENBLAS=$pthread/libopenblas.so.0" OPENBLAS_NUM_THREADS=1 \
            -- "${main[@]}"
        # ... or OpenBLAS shares it with its own threads.
        run native-openblas-threads "$(nproc)" WEIGHTLAB_KERNEL=native WEIGHTLAB_THREADS=1 \
            "WEIGHTLAB_OPENBLAS=$pthread/libopenblas.so.0" "OPENBLAS_NUM_THREADS=$(nproc)" \
            -- java $java_opts -cp "$cp" "${main[@]}"
    fi
    if [ "$data" = digits ] || [ "$mode" != quick ]; then
        if [ "$data" = fashion ]; then epochs=2; else epochs=$digits_epochs; fi
        java_run reference 1 reference -- weightlab.bench.TrainingBenchmark "$data" "$epochs"
    fi
done

numpy=python3
[ -x /usr/bin/python3 ] && numpy=/usr/bin/python3   # Debian's python3-numpy lives beside Debian's python
if "$numpy" -c "import numpy" 2>/dev/null; then
    run numpy 1 OPENBLAS_NUM_THREADS=1 -- "$numpy" bench/numpy_mlp.py gemm
    for data in "fashion $fashion_epochs" "digits $digits_epochs"; do
        # shellcheck disable=SC2086
        run numpy 1 OPENBLAS_NUM_THREADS=1 -- "$numpy" bench/numpy_mlp.py $data
        if [ -e "$pthread/libblas.so.3" ]; then
            # shellcheck disable=SC2086
            run numpy-openblas-threads "$(nproc)" "LD_LIBRARY_PATH=$pthread" "OPENBLAS_NUM_THREADS=$(nproc)" \
                -- "$numpy" bench/numpy_mlp.py $data
        fi
    done
else
    echo "(NumPy not installed: apt-get install python3-numpy libopenblas0-serial)" | tee -a "$log"
fi

{
    echo "| data | kernel | threads | epochs | s/epoch | CPU s/epoch | examples/s | GFLOP/s | test accuracy | peak heap MiB | load |"
    echo "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    grep '^RESULT ' "$log" | sed 's/^RESULT //' | awk '{
        delete v
        for (i = 1; i <= NF; i++) { n = index($i, "="); v[substr($i, 1, n - 1)] = substr($i, n + 1) }
        heap = ("peak_heap_mib" in v) ? v["peak_heap_mib"] : v["peak_rss_mib"] " (RSS)"
        printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", v["data"], v["label"], v["threads"],
            v["epochs"], v["epoch_s"], v["epoch_cpu_s"], v["examples_per_s"], v["gflops"], v["test_accuracy"], heap,
            v["load"] }'
    echo
    echo "GFLOP/s of single products (one thread):"
    echo
    awk '/^== / { label = $2; sub(",", "", label); if (!(label in seen)) { seen[label] = 1; labels[++n] = label } }
         /^GEMM / { name = $2 " " $3 " " $4; if (!(name in row)) { row[name] = 1; names[++m] = name }; value[name, label] = $(NF - 1) }
         END {
             printf "| product |"; for (i = 1; i <= n; i++) if ((names[1], labels[i]) in value) printf " %s |", labels[i]; print ""
             printf "|---|"; for (i = 1; i <= n; i++) if ((names[1], labels[i]) in value) printf "---:|"; print ""
             for (j = 1; j <= m; j++) {
                 printf "| %s |", names[j]
                 for (i = 1; i <= n; i++) if ((names[1], labels[i]) in value) printf " %s |", value[names[j], labels[i]]
                 print ""
             }
         }' "$log"
} > "$out/results.md"
echo
cat "$out/results.md"
