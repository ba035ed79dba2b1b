#!/usr/bin/env bash
# dump-cds.sh STAGE SCRATCH: makes STAGE/opt/cccd-kiosk/lib/kiosk.jsa, the kiosk's dynamic
# class-data archive. Runs inside a private mount namespace (build-deb.sh starts it with unshare):
# a tmpfs over /opt, and the staged /opt/cccd-kiosk bound onto /opt/cccd-kiosk, so the archive
# records the class path the installed kiosk will have. Nothing leaves the namespace but the archive.
#
# The training run is the installed launcher itself (so the JVM options and class path are the
# real ones) starting the demo headless up to its welcome screen: the classes of a cold start.
set -euo pipefail
stage=$1
scratch=$2

mount -t tmpfs -o mode=0755 tmpfs /opt
mkdir /opt/cccd-kiosk
mount --bind "$stage/opt/cccd-kiosk" /opt/cccd-kiosk

log=$scratch/training.log
# No display in the training run, ever: it must be the headless (Monocle) start.
if ! env -u DISPLAY -u WAYLAND_DISPLAY HOME="$scratch" CCCD_KIOSK_APPCDS=off \
    CCCD_KIOSK_JAVA_OPTS="-XX:ArchiveClassesAtExit=/opt/cccd-kiosk/lib/kiosk.jsa -Djava.io.tmpdir=$scratch" \
    timeout 300 "$stage/usr/bin/cccd-kiosk" --headless --smoke --no-voice >"$log" 2>&1; then
    cat "$log" >&2
    echo "dump-cds: the training run failed" >&2
    exit 1
fi
if ! grep -q 'welcome screen up after' "$log"; then
    cat "$log" >&2
    echo "dump-cds: the training run did not reach the welcome screen" >&2
    exit 1
fi
grep 'welcome screen up after' "$log"
