#!/usr/bin/env bash
# bench-inside.sh DEB KIOSK_JAR: runs inside the throwaway root (see bench.sh). Installs DEB, then
# starts the kiosk headless to its welcome screen (--headless --smoke, the demo), ROUNDS times in
# each configuration, interleaved so that a busy machine slows them all alike, and prints medians:
#   welcome  the kiosk's own figure: from its main class to the welcome screen drawn
#   process  from exec to exit, measured outside: JVM start, class-data mapping, and shutdown too
#   cpu      user+system time of the process: the least noisy figure on a shared machine
# Every run is a new JVM; the page cache is warm (dropping it would touch the whole machine).
set -euo pipefail
deb=$1
kiosk_jar=$2
rounds=${BENCH_ROUNDS:-5}
export LANG=C.UTF-8

missing=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/(.*//; s/|.*//; s/ //g' | while read -r p; do
    dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null | grep -q '^ii' || echo "$p"; done)
force=
if [[ -n $missing ]]; then
    echo "bench: this machine lacks $(echo "$missing" | paste -sd' '); installing with --force-depends" >&2
    force=--force-depends
fi
dpkg -i $force "$deb" >/dev/null

as_kiosk() {
    setpriv --reuid=cccd-kiosk --regid=cccd-kiosk --init-groups --reset-env env "$@"
}

median() {
    sort -n | awk '{v[NR]=$1} END {if (NR == 0) exit; if (NR % 2) print v[(NR+1)/2]; else print int((v[NR/2]+v[NR/2+1])/2)}'
}

declare -A welcome process cpu
configs=(package c2 noappcds javajar)
label_package="installed package (AppCDS, C1 only)"
label_c2="installed, AppCDS, C1+C2 (JVM default)"
label_noappcds="installed, no AppCDS archive (C1 only)"
label_javajar="java -jar kiosk-app.jar (system JDK 17)"

run() {
    local config=$1 out times
    out=$(mktemp)
    times=$(mktemp)
    local TIMEFORMAT='%3R %3U %3S'
    case $config in
    package) { time as_kiosk cccd-kiosk --headless --smoke --no-voice >"$out" 2>&1; } 2>"$times" ;;
    noappcds) { time as_kiosk CCCD_KIOSK_APPCDS=off cccd-kiosk --headless --smoke --no-voice >"$out" 2>&1; } 2>"$times" ;;
    c2) { time as_kiosk CCCD_KIOSK_JAVA_OPTS=-XX:TieredStopAtLevel=4 cccd-kiosk --headless --smoke --no-voice \
        >"$out" 2>&1; } 2>"$times" ;;
    javajar) { time as_kiosk java -jar "$kiosk_jar" --headless --smoke --no-voice >"$out" 2>&1; } 2>"$times" ;;
    esac
    local ms
    ms=$(sed -n 's/.*welcome screen up after \([0-9]*\) ms.*/\1/p' "$out")
    if [[ -z $ms ]]; then
        echo "bench: $config did not reach the welcome screen:" >&2
        cat "$out" >&2
        return 1
    fi
    welcome[$config]+="$ms "
    read -r real user sys <"$times"
    process[$config]+="$(awk -v r="$real" 'BEGIN {printf "%d", r * 1000}') "
    cpu[$config]+="$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%d", (u + s) * 1000}') "
    rm -f "$out" "$times"
}

echo "cccd-kiosk start-up benchmark: $rounds runs per configuration, interleaved; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
# one untimed start of each first: the page cache and the JavaFX native cache of java -jar
for config in "${configs[@]}"; do
    run "$config"
done
welcome=() process=() cpu=()
for ((i = 1; i <= rounds; i++)); do
    for config in "${configs[@]}"; do
        run "$config"
    done
done

status=0
printf '\n%-48s %12s %12s %10s\n' "cold start to the welcome screen (median)" "welcome ms" "process ms" "cpu ms"
for config in "${configs[@]}"; do
    label=label_$config
    w=$(tr ' ' '\n' <<<"${welcome[$config]}" | grep . | median)
    p=$(tr ' ' '\n' <<<"${process[$config]}" | grep . | median)
    c=$(tr ' ' '\n' <<<"${cpu[$config]}" | grep . | median)
    [[ -n $w && -n $p && -n $c ]] || status=1
    printf '%-48s %12s %12s %10s\n' "${!label}" "${w:-MISSING}" "${p:-MISSING}" "${c:-MISSING}"
done

# The card read with and without the C2 compiler (the reason -XX:TieredStopAtLevel=1 is or is not used).
read_times() {
    local notary= clinic= out
    for ((i = 1; i <= 3; i++)); do
        out=$(as_kiosk /opt/cccd-kiosk/runtime/bin/java "$@" -Dorg.sqlite.lib.path=/opt/cccd-kiosk/lib \
            -Dorg.sqlite.lib.name=libsqlitejdbc.so -cp /opt/cccd-kiosk/lib/kiosk-app.jar:/mnt/test-classes \
            vn.kiosk.packaging.it.DemoVisit 2>&1) || { echo "$out" >&2; return 1; }
        notary+="$(sed -n 's/card read (notary, clone-checked): \([0-9]*\) ms/\1/p' <<<"$out") "
        clinic+="$(sed -n 's/card read (clinic): \([0-9]*\) ms/\1/p' <<<"$out") "
    done
    echo "$(tr ' ' '\n' <<<"$notary" | grep . | median) $(tr ' ' '\n' <<<"$clinic" | grep . | median)"
}
read -r n1 c1 <<<"$(read_times -Xshare:auto -XX:TieredStopAtLevel=1 || true)"
read -r n2 c2 <<<"$(read_times -Xshare:auto || true)"
[[ -n ${n2:-} && -n ${c2:-} && -n ${n1:-} && -n ${c1:-} ]] || status=1
printf '\n%-48s %12s %12s\n' "card reads in a fresh JVM (median of 3)" "1st (notary)" "2nd (clinic)"
printf '%-48s %12s %12s\n' "installed runtime, C1 only (the package)" "${n1:-MISSING}" "${c1:-MISSING}"
printf '%-48s %12s %12s\n' "installed runtime, C1+C2 (JVM default)" "${n2:-MISSING}" "${c2:-MISSING}"

mb() { awk -v k="$1" 'BEGIN {printf "%.1f MB", k / 1024}'; }
image=$(du -sk /opt/cccd-kiosk/runtime | cut -f1)
all=$(du -sk /opt/cccd-kiosk | cut -f1)
jsa=$(( $(stat -c %s /opt/cccd-kiosk/lib/kiosk.jsa) / 1024 ))
jar=$(( $(stat -c %s /opt/cccd-kiosk/lib/kiosk-app.jar) / 1024 ))
debsize=$(( $(stat -c %s "$deb") / 1024 ))
[[ -n $image && -n $all && -n $jsa && -n $debsize ]] || status=1
printf '\nsizes: runtime image (jlink) %s; /opt/cccd-kiosk %s (kiosk jar %s, AppCDS archive %s); .deb %s\n' \
    "$(mb "$image")" "$(mb "$all")" "$(mb "$jar")" "$(mb "$jsa")" "$(mb "$debsize")"
[[ $status -eq 0 ]] || echo "bench: a number is missing" >&2
exit $status
