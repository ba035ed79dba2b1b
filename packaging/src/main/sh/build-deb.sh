#!/usr/bin/env bash
# Builds the cccd-kiosk Debian package from the shaded kiosk jar. Called by Maven (packaging/pom.xml,
# phase package); by hand:
#
#   packaging/src/main/sh/build-deb.sh --version 0.1.0-SNAPSHOT --kiosk-jar kiosk-app/target/kiosk-app.jar \
#       --launcher-jar packaging/target/kiosk-launcher.jar --jdk /usr/lib/jvm/java-17-openjdk-amd64 \
#       --out packaging/target
#
# Leaves OUT/cccd-kiosk_VERSION_ARCH.deb and the tree it was made from in OUT/deb-root.
#
# Why dpkg-deb and not jpackage --type deb: a kiosk package needs its own maintainer scripts (a
# system user, folders with owners and modes, purge that removes the citizens' data), its own
# Depends (cage, seatd, pcscd), conffiles, a systemd unit with a watchdog and udev/polkit rules.
# jpackage generates all of that itself, with few ways in; dpkg-deb packs exactly this tree.
set -euo pipefail

usage() {
    echo "usage: $0 --version MAVEN_VERSION --kiosk-jar JAR --launcher-jar JAR --jdk JAVA_HOME --out DIR" >&2
    exit 2
}
version= kiosk_jar= launcher_jar= jdk= out=
while [[ $# -gt 0 ]]; do
    case $1 in
    --version) version=$2 ;;
    --kiosk-jar) kiosk_jar=$2 ;;
    --launcher-jar) launcher_jar=$2 ;;
    --jdk) jdk=$2 ;;
    --out) out=$2 ;;
    *) usage ;;
    esac
    shift 2
done
[[ -n $version && -n $kiosk_jar && -n $launcher_jar && -n $jdk && -n $out ]] || usage

module=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
repo=$(dirname "$module")
started=$SECONDS
step() { printf '[build-deb %3ds] %s\n' $((SECONDS - started)) "$*"; }
die() { echo "build-deb: $*" >&2; exit 1; }

[[ -f $kiosk_jar ]] || die "$kiosk_jar not found: build kiosk-app first (mvn install at the root, or -pl packaging -am)"
[[ -f $launcher_jar ]] || die "$launcher_jar not found"
[[ -x $jdk/bin/jlink && -d $jdk/jmods ]] || die "$jdk has no jlink or no jmods (Debian: openjdk-17-jdk-headless)"
command -v dpkg-deb >/dev/null || die "dpkg-deb not found (a Debian machine is needed to build the package)"

# 0.1.0-SNAPSHOT -> 0.1.0~SNAPSHOT: "~" sorts before the release, as a snapshot should.
deb_version=${version//-/\~}
dpkg --validate-version "$deb_version" || die "not a Debian version: $deb_version"
arch=$(dpkg --print-architecture)
case $arch in
amd64) sqlite_arch=x86_64 ;;
arm64) sqlite_arch=aarch64 ;;
armhf) sqlite_arch=armv7 ;;
i386) sqlite_arch=x86 ;;
ppc64el) sqlite_arch=ppc64 ;;
riscv64) sqlite_arch=riscv64 ;;
*) die "no SQLite native library known for $arch" ;;
esac

mkdir -p "$out"
out=$(cd "$out" && pwd)
stage=$out/deb-root
home=$stage/opt/cccd-kiosk
deb=$out/cccd-kiosk_${deb_version}_${arch}.deb
rm -rf "$stage" "$out"/cccd-kiosk_*.deb
mkdir -p "$home/lib" "$stage/DEBIAN"

# --- 1. the Java runtime: only the modules the kiosk needs ---------------------------------------
# jdeps --print-module-deps --ignore-missing-deps on the shaded jar gives java.base, java.desktop
# (ImageIO for PNG, AWT images for ZXing), java.naming (Bouncy Castle's CRL/LDAP helpers),
# java.smartcardio (PC/SC), java.sql (the SQLite outbox), jdk.httpserver (the demo's in-process
# reference backend), jdk.net (the simulator's socket options), jdk.unsupported (sun.misc.Unsafe
# for OkHttp/Okio and JavaFX) and jdk.jfr (only for JavaFX's optional JFR pulse logging: left out).
# Not found by jdeps, because they are looked up by name at run time:
#   jdk.crypto.ec   elliptic-curve TLS to the backend (ECDHE, ECDSA certificates)
#   jdk.charsets    windows-1258 (CP1258), the Vietnamese code page of the ESC/POS printers
#   jdk.localedata  Vietnamese dates and numbers (only the en and vi locales are kept)
#   java.logging    java.util.logging, where every System.Logger of the kiosk ends up
modules=java.base,java.desktop,java.logging,java.naming,java.smartcardio,java.sql,jdk.httpserver,jdk.net,jdk.unsupported,jdk.crypto.ec,jdk.charsets,jdk.localedata
jlink_opts=(--add-modules "$modules" --include-locales=en,vi --strip-debug --no-header-files --no-man-pages
    --compress=2 --generate-cds-archive)
# jlink takes most of this script's time; its result depends only on the JDK and the options, so
# it is kept in OUT/jlink-cache between builds (mvn clean drops it).
cache=$out/jlink-cache
key="$(cat "$jdk/release" 2>/dev/null; "$jdk/bin/java" -version 2>&1; echo "${jlink_opts[*]}")"
if [[ -d $cache/runtime && -f $cache/key && "$(cat "$cache/key")" == "$key" ]]; then
    step "jlink: reusing $cache/runtime"
else
    step "jlink: $modules"
    rm -rf "$cache"
    mkdir -p "$cache"
    "$jdk/bin/jlink" "${jlink_opts[@]}" --output "$cache/runtime" >/dev/null
    # the base class-data archive for -XX:-UseCompressedOops (heaps over 32 GB): never used here
    rm -f "$cache/runtime/lib/server/classes_nocoops.jsa"
    printf '%s' "$key" >"$cache/key"
fi
cp -a "$cache/runtime" "$home/runtime"

# --- 2. the kiosk: jar without native libraries, the libraries next to it, the launcher ---------
step "kiosk jar and native libraries"
"$jdk/bin/java" "$module/src/main/build/JarSlim.java" "$kiosk_jar" "$home/lib/kiosk-app.jar" "$home/lib" \
    "org/sqlite/native/Linux/$sqlite_arch/libsqlitejdbc.so"
cp "$launcher_jar" "$home/lib/kiosk-launcher.jar"

# --- 3. the files of the package: launcher, session, unit, rules, configuration, docs -----------
cp -a "$module/src/deb/root/." "$stage/"
install -D -m 0644 "$repo/docs/kiosk.example.properties" "$stage/usr/share/cccd-kiosk/kiosk.properties.example"
install -d "$stage/usr/share/doc/cccd-kiosk"
if [[ -f $repo/docs/PACKAGING.md ]]; then
    install -m 0644 "$repo/docs/PACKAGING.md" "$stage/usr/share/doc/cccd-kiosk/PACKAGING.md"
fi
cat >"$stage/usr/share/doc/cccd-kiosk/copyright" <<'EOF'
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: cccd-kiosk
Comment: The kiosk, and bundled: OpenJDK 17 runtime (GPL-2.0 with Classpath exception, see
 /opt/cccd-kiosk/runtime/legal), OpenJFX 21 (GPL-2.0 with Classpath exception), Bouncy Castle
 (MIT), OkHttp/Okio/Kotlin stdlib (Apache-2.0), Jackson (Apache-2.0), ZXing (Apache-2.0),
 PDFBox (Apache-2.0), picocli (Apache-2.0), sqlite-jdbc (Apache-2.0), SQLite (public domain),
 Monocle (GPL-2.0 with Classpath exception).
EOF

# Modes do not depend on the builder's umask or on git: everything root-owned (dpkg-deb
# --root-owner-group), read-only for others, executables where they must be.
chmod -R u+rwX,go+rX,go-w "$stage"
chmod 0755 "$stage/usr/bin/cccd-kiosk" "$home/bin/kiosk-session" "$home/bin/sd-notify-relay"
chmod 0750 "$stage/etc/cccd-kiosk"
chmod 0644 "$stage/etc/cccd-kiosk/logging.properties"

# --- 4. the application class-data archive (AppCDS) ---------------------------------------------
# A dynamic archive is only used when the class path is the one it was made with, to the
# character, so it has to be made at /opt/cccd-kiosk: a private mount namespace puts the staged
# tree there, without touching the build machine's /opt.
step "AppCDS archive: one headless demo start at /opt/cccd-kiosk"
if [[ $(id -u) -eq 0 ]]; then
    namespace=(unshare --mount --propagation private)
else
    namespace=(unshare --user --map-root-user --mount --propagation private)
fi
scratch=$out/cds-scratch
rm -rf "$scratch"
mkdir -p "$scratch"
if "${namespace[@]}" true 2>/dev/null; then
    "${namespace[@]}" bash "$module/src/main/sh/dump-cds.sh" "$stage" "$scratch"
    [[ -s $home/lib/kiosk.jsa ]] || die "no class-data archive was written"
else
    echo "build-deb: WARNING: cannot make a mount namespace here (unshare); the package goes without" \
        "its class-data archive and starts slower" >&2
fi
rm -rf "$scratch"

# --- 5. control files ---------------------------------------------------------------------------
step "Depends of the native libraries"
elves=()
while IFS= read -r -d '' file; do
    LC_ALL=C IFS= read -r -n 4 magic <"$file" || true
    [[ $magic == $'\x7fELF' ]] && elves+=("$file")
done < <(find "$home" -type f \( -name '*.so' -o -path '*/runtime/bin/*' -o -name jspawnhelper \) -print0)
[[ ${#elves[@]} -gt 10 ]] || die "found only ${#elves[@]} native binaries in $home"
# Every library they link must be installed here to be found (JavaFX's GTK glass: libgtk-3-0).
missing_hint="(on Debian: apt-get install libgtk-3-0, and dpkg-dev for dpkg-shlibdeps)"
shlibs=
work=$(mktemp -d)
if command -v dpkg-shlibdeps >/dev/null; then
    # dpkg-shlibdeps wants a source package around it; it only reads debian/control's name
    mkdir "$work/debian"
    printf 'Source: cccd-kiosk\n\nPackage: cccd-kiosk\nArchitecture: any\n' >"$work/debian/control"
    if ! (cd "$work" && dpkg-shlibdeps -O --warnings=0 --ignore-missing-info "${elves[@]}" >"$work/out" 2>"$work/err"); then
        cat "$work/err" >&2
        die "dpkg-shlibdeps failed $missing_hint"
    fi
    shlibs=$(sed -n 's/^shlibs:Depends=//p' "$work/out")
else
    # no dpkg-dev: the packages that own the libraries ldd finds, without versions
    for elf in "${elves[@]}"; do ldd "$elf" 2>/dev/null; done >"$work/ldd"
    # libjvm.so is found at run time in the runtime's own lib/server
    unresolved=$(awk '/not found/ && $1 != "libjvm.so" {print $1}' "$work/ldd" | sort -u)
    [[ -z $unresolved ]] || die "libraries the kiosk links are not installed here: $(echo $unresolved) $missing_hint"
    shlibs=$(awk '$2 == "=>" && $3 ~ /^\// {print $3}' "$work/ldd" | sort -u \
        | while read -r lib; do dpkg -S "$(readlink -f "$lib")" 2>/dev/null || dpkg -S "$lib" 2>/dev/null; done \
        | cut -d: -f1 | sort -u | paste -sd, | sed 's/,/, /g')
fi
rm -rf "$work"
[[ -n $shlibs ]] || die "could not work out the shared-library dependencies"

installed_size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
sed -e "s/@VERSION@/$deb_version/" -e "s/@ARCH@/$arch/" -e "s/@INSTALLED_SIZE@/$installed_size/" \
    -e "s/@SHLIBS@/$shlibs/" "$module/src/deb/DEBIAN/control.in" >"$stage/DEBIAN/control"
install -m 0755 "$module/src/deb/DEBIAN/postinst" "$module/src/deb/DEBIAN/prerm" "$module/src/deb/DEBIAN/postrm" \
    "$stage/DEBIAN/"
install -m 0644 "$module/src/deb/DEBIAN/conffiles" "$stage/DEBIAN/"
# md5sums of every file but the conffiles (dpkg keeps those itself): "dpkg --verify cccd-kiosk"
(cd "$stage" && find . -path ./DEBIAN -prune -o -type f -print | sed 's|^\./||' | sort \
    | grep -vxF -f <(sed 's|^/||' DEBIAN/conffiles) | xargs -d '\n' md5sum) >"$stage/DEBIAN/md5sums"
chmod 0644 "$stage/DEBIAN/md5sums" "$stage/DEBIAN/control"

# --- 6. the package -----------------------------------------------------------------------------
# gzip: the jar and the runtime's modules file are compressed already; xz made the package 9%
# smaller (62 MB against 68 MB) and took 170 s instead of 13 s on two cores.
step "dpkg-deb --build"
dpkg-deb --root-owner-group -Zgzip -z6 --build "$stage" "$deb" >/dev/null
step "$(basename "$deb"): $(du -h "$deb" | cut -f1) (runtime image $(du -sh "$home/runtime" | cut -f1)," \
    "installed $(du -sh --exclude=DEBIAN "$stage" | cut -f1))"
