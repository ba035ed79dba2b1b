#!/usr/bin/env bash
# throwaway-root.sh BASE [--bind HOST_DIR:ROOT_DIR]... -- COMMAND...
#
# Builds a throwaway root file system at BASE/root and runs COMMAND chrooted into it. Must run as
# the first process of fresh mount and PID namespaces:
#
#   unshare --mount --pid --fork --kill-child --propagation private throwaway-root.sh BASE -- sleep 600
#
# The root is the host's own system seen through copy-on-write overlays: /usr, /etc, /var, /opt
# (and /bin, /lib... where they are not symlinks into /usr) read the host's files, and every
# change (dpkg's database, /etc/passwd, the installed package) lands in a tmpfs that dies with the
# namespace. The host's installed packages count as installed in the root, so the package's
# Depends are met by what the host has. /tmp and /run are empty tmpfs: no running systemd, udev
# or pcscd is visible, so the maintainer scripts behave as in an image build or chroot.
# Nothing of the host changes; when the namespace's first process ends, everything is gone.
#
# --bind mounts a host folder read-only into the root (the .deb to install, test classes).
set -euo pipefail

base=$1
shift
binds=()
while [[ $# -gt 0 && $1 != -- ]]; do
    [[ $1 == --bind ]] || { echo "throwaway-root: unknown option $1" >&2; exit 2; }
    binds+=("$2")
    shift 2
done
[[ ${1:-} == -- ]] || { echo "usage: throwaway-root.sh BASE [--bind HOST:ROOT]... -- COMMAND..." >&2; exit 2; }
shift

mkdir -p "$base"
mount -t tmpfs -o mode=0755 throwaway "$base"
root=$base/root
mkdir -p "$root" "$base/upper" "$base/work"

for entry in /*; do
    name=${entry#/}
    if [[ -L $entry ]]; then
        # merged /usr: /bin -> usr/bin and the like
        ln -s "$(readlink "$entry")" "$root/$name"
        continue
    fi
    case $name in
    usr | etc | var | opt | bin | sbin | lib | lib32 | lib64 | libx32)
        mkdir -p "$root/$name" "$base/upper/$name" "$base/work/$name"
        mount -t overlay "overlay-$name" \
            -o "lowerdir=/$name,upperdir=$base/upper/$name,workdir=$base/work/$name" "$root/$name"
        ;;
    esac
done

mkdir -p "$root/proc" "$root/dev" "$root/tmp" "$root/run" "$root/root" "$root/home" "$root/mnt"
mount -t proc proc "$root/proc"
mount --rbind /dev "$root/dev"
mount --make-rslave "$root/dev"
mount -t tmpfs -o mode=1777 tmp "$root/tmp"
mount -t tmpfs -o mode=0755 run "$root/run"
mkdir -p "$root/run/lock"

for bind in ${binds[@]+"${binds[@]}"}; do
    host=${bind%%:*}
    inside=$root/${bind#*:}
    mkdir -p "$inside"
    mount --bind "$host" "$inside"
    mount -o remount,bind,ro "$inside"
done

cd "$root"
exec chroot "$root" "$@"
