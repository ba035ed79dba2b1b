#!/usr/bin/env bash
# bench.sh TARGET KIOSK_JAR TEST_CLASSES: the start-up benchmark of the package
# (mvn -Pstartup-bench -pl packaging -am verify -DskipTests). Installs TARGET/cccd-kiosk_*.deb into a throwaway root, as
# InstallLifecycleIT does (the AppCDS archive is only valid at /opt/cccd-kiosk), and runs
# bench-inside.sh there. Prints the numbers; exits non-zero if one is missing.
set -euo pipefail
target=$(cd "$1" && pwd)
kiosk_jar=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
test_classes=$(cd "$3" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

if [[ $(id -u) -ne 0 ]]; then
    echo "bench: needs root (it installs the package into a throwaway root in a mount namespace)" >&2
    exit 1
fi
debs=("$target"/cccd-kiosk_*.deb)
[[ ${#debs[@]} -eq 1 && -f ${debs[0]} ]] || { echo "bench: expected one package in $target: ${debs[*]}" >&2; exit 1; }
[[ -f $kiosk_jar ]] || { echo "bench: $kiosk_jar not found" >&2; exit 1; }

exec unshare --mount --pid --fork --kill-child --propagation private \
    bash "$here/throwaway-root.sh" "$target/bench-root" \
    --bind "$target:/mnt/target" --bind "$(dirname "$kiosk_jar"):/mnt/kiosk" \
    --bind "$test_classes:/mnt/test-classes" --bind "$here:/mnt/bench" \
    -- bash /mnt/bench/bench-inside.sh "/mnt/target/$(basename "${debs[0]}")" "/mnt/kiosk/$(basename "$kiosk_jar")"
