#!/usr/bin/env bash
# Builds the Debian package from this build tree and checks what a user would get from it:
# the files are where desktops look for them and valid, the CLI runs from the unpacked tree, and
# Depends names what dpkg-shlibdeps cannot see (the QML modules the interface imports, SVG).
#
# Usage: test_deb.sh BUILD_DIR VERSION QML_SOURCE_DIR QT_QML_DIR [CPACK]
set -euo pipefail

build_dir=$1
version=$2
qml_sources=$3
qt_qml_dir=$4
cpack=${5:-cpack}
app_id=org.stormcrew.Stormcrew

scratch=$(mktemp -d "${TMPDIR:-/tmp}/stormcrew-package-deb.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

echo "== cpack -G DEB"
if ! "$cpack" -G DEB -B "$scratch/out" --config "$build_dir/CPackConfig.cmake" >"$scratch/cpack.log" 2>&1; then
  cat "$scratch/cpack.log" >&2
  echo "FAIL: cpack did not make a package" >&2
  exit 1
fi
shopt -s nullglob
debs=("$scratch"/out/stormcrew_"$version"_*.deb)
shopt -u nullglob
if [ ${#debs[@]} -ne 1 ]; then
  echo "FAIL: expected one stormcrew_${version}_<arch>.deb, found: $(ls "$scratch/out")" >&2
  exit 1
fi
deb=${debs[0]}
echo "made $(basename "$deb") ($(du -h "$deb" | cut -f1))"

echo "== dpkg -x"
root=$scratch/root
dpkg -x "$deb" "$root"

desktop=$root/usr/share/applications/$app_id.desktop
metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
icon=$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg
for f in "$root/usr/bin/stormcrew" "$root/usr/bin/stormcrew-cli"; do
  [ -x "$f" ] || fail "${f#"$root"} is missing or not executable"
done
for f in "$desktop" "$metainfo" "$icon"; do
  [ -s "$f" ] || fail "${f#"$root"} is missing or empty"
done
grep -q '<svg' "$icon" || fail "${icon#"$root"} is not an SVG image"
grep -qx "Icon=$app_id" "$desktop" || fail "the desktop file does not use the icon $app_id"

echo "== stormcrew-cli --version"
# Run from the unpacked tree with a throwaway home, so nothing of the user's is read or written.
home=$scratch/home
mkdir -p "$home"
if printed=$(HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config \
  "$root/usr/bin/stormcrew-cli" --version 2>&1); then
  echo "$printed"
  [ "$printed" = "stormcrew $version" ] || fail "stormcrew-cli --version printed '$printed', expected 'stormcrew $version'"
else
  fail "stormcrew-cli --version exited with $?: $printed"
fi

echo "== Depends"
depends=$(dpkg-deb -f "$deb" Depends)
echo "$depends"
has_depend() { tr ',' '\n' <<<"$depends" | sed -E 's/^ +//; s/[ (].*//' | grep -qx "$1"; }
has_depend libqt6svg6 || fail "Depends lacks libqt6svg6 (the SVG icon plugins)"
grep -q 'qml6-module-' <<<"$depends" || fail "Depends names no qml6-module-* package"
# Every module the interface imports must be installed with the package: ask dpkg which package
# ships the module's qmldir, so a new import without its package fails here rather than on a
# user's machine.
mapfile -t imports < <(find "$qml_sources" -name '*.qml' -exec sed -nE 's/^[[:space:]]*import[[:space:]]+([A-Za-z][A-Za-z0-9_.]*).*/\1/p' {} + | sort -u)
for uri in "${imports[@]}"; do
  case $uri in Stormcrew | Stormcrew.*) continue ;; esac
  qmldir=$qt_qml_dir/${uri//.//}/qmldir
  if ! owner=$(dpkg-query -S "$qmldir" 2>/dev/null); then
    fail "import $uri: no installed Debian package ships $qmldir"
    continue
  fi
  package=${owner%%:*}
  has_depend "$package" || fail "import $uri needs $package, which Depends does not list (packaging/CMakeLists.txt)"
done
echo "imports checked: ${imports[*]}"

echo "== desktop-file-validate"
desktop-file-validate "$desktop" || fail "desktop-file-validate rejects the desktop file"

echo "== appstreamcli validate --no-net"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli rejects the metainfo"

if [ "$failures" -ne 0 ]; then
  echo "package_deb: $failures check(s) failed" >&2
  exit 1
fi
echo "package_deb: all checks passed"
