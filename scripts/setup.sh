# shellcheck shell=bash
# Shared by ./lab.sh, ./test.sh and .ci/run (sourced, not run).
#
# The local set-up replays what mybinder.org builds from binder/, so that a notebook that works
# here works there, and a binder/ file that would break Binder breaks the local run first:
#   binder/apt.txt           system packages   checked; installed when we are root, else the command is shown
#   binder/requirements.txt  JupyterLab + JJava pip-installed into .venv/ (the project's own Python)
#   binder/postBuild         the library       run as it is: mvn install, fetch dependencies, Lab settings
#   binder/start             kernel JVM flags  Jupyter and the tests are started through it
#
# Each step is skipped when its inputs have not changed since it last succeeded: a stamp file holds
# a hash of the inputs, written only after the step worked. That makes a second run take seconds.

# Everything is relative to the repository root.
WEIGHTLAB_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV="$WEIGHTLAB_ROOT/.venv"
PYTHON=${PYTHON:-python3}

step() { printf '\n==> %s\n' "$*" >&2; }
note() { printf '    %s\n' "$*" >&2; }
die() {
  printf '\nerror: %s\n' "$1" >&2
  shift
  for line in "$@"; do printf '       %s\n' "$line" >&2; done
  exit 1
}

# ---------------------------------------------------------------------------------------------
# Stamps

# A hash of the named files' paths and contents (directories are walked), plus any extra text.
inputs_hash() {
  local extra=$1
  shift
  {
    printf '%s\n' "$extra"
    (cd "$WEIGHTLAB_ROOT" && find "$@" -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum)
  } | sha256sum | cut -d' ' -f1
}

# A stamp lives beside what it describes (.venv/, target/), so deleting that also forgets the stamp.
stamp_matches() { [ -f "$1" ] && [ "$(cat "$1")" = "$2" ]; }
write_stamp() { mkdir -p "$(dirname "$1")" && printf '%s\n' "$2" > "$1"; }

# ---------------------------------------------------------------------------------------------
# System packages (binder/apt.txt)

apt_list() { sed -e 's/#.*//' "$WEIGHTLAB_ROOT/binder/apt.txt" | tr -s ' \t' '\n' | sed '/^$/d'; }

missing_debian_packages() {
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || printf '%s\n' "$pkg"
  done
}

# apt-get update is slow and needs the network: run it at most once per run (.ci/run exports the flag).
apt_install() {
  if [ -z "${WEIGHTLAB_APT_UPDATED:-}" ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -q
    export WEIGHTLAB_APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"
}

# Installs the missing packages when we may (root on Debian/Ubuntu); otherwise says how, and goes
# on: a laptop may well have its own JDK, and check_prerequisites below decides what is fatal.
ensure_debian_packages() {
  if ! command -v dpkg-query >/dev/null 2>&1; then
    return 0  # not Debian/Ubuntu: the package names would mean nothing here
  fi
  local missing
  missing=$(missing_debian_packages "$@" | paste -sd ' ')
  [ -n "$missing" ] || return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    step "Installing system packages: $missing"
    # shellcheck disable=SC2086  # one word per package
    apt_install $missing
  else
    step "Some system packages that Binder installs are missing here: $missing"
    note "install them with:  sudo apt-get install $missing"
  fi
}

# ---------------------------------------------------------------------------------------------
# Prerequisites, each with what to install when it is missing

# The major version of the `java` on PATH (8 for "1.8.0_392", 17 for "17.0.15"), or nothing.
java_major() {
  java -version 2>&1 | sed -n 's/.* version "\([0-9][0-9.]*\).*/\1/p' | head -n 1 |
    awk -F. '{ print ($1 == 1) ? $2 : $1 }'
}

# The major version of the JDK that Maven runs on (it follows JAVA_HOME, not PATH).
maven_java_major() {
  mvn -v 2>/dev/null | sed -n 's/^Java version: \([0-9][0-9.]*\).*/\1/p' | awk -F. '{ print ($1 == 1) ? $2 : $1 }'
}

check_prerequisites() {
  local problems=() major
  if ! command -v java >/dev/null 2>&1; then
    problems+=("no 'java' on PATH: the Java kernel needs a JDK 17 or newer."
      "  Debian/Ubuntu: sudo apt-get install openjdk-17-jdk-headless")
  else
    major=$(java_major)
    if [ -z "$major" ] || [ "$major" -lt 17 ]; then
      problems+=("'java' on PATH is Java ${major:-(unknown)}: the library and the kernel need 17 or newer."
        "  Debian/Ubuntu: sudo apt-get install openjdk-17-jdk-headless, then put it first on PATH"
        "  (sudo update-alternatives --config java)")
    elif ! java --list-modules 2>/dev/null | grep -q '^jdk\.jshell@'; then
      problems+=("'java' on PATH is a runtime without JShell: the kernel needs a full JDK."
        "  Debian/Ubuntu: sudo apt-get install openjdk-17-jdk-headless")
    fi
  fi
  if ! command -v mvn >/dev/null 2>&1; then
    problems+=("no 'mvn' on PATH: Maven builds the library." "  Debian/Ubuntu: sudo apt-get install maven")
  else
    major=$(maven_java_major)
    if [ -n "$major" ] && [ "$major" -lt 17 ]; then
      problems+=("Maven runs on Java $major (it follows JAVA_HOME): the library needs 17 or newer."
        "  point JAVA_HOME at a JDK 17+, e.g. export JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64")
    fi
  fi
  if ! command -v "$PYTHON" >/dev/null 2>&1; then
    problems+=("no '$PYTHON' on PATH: JupyterLab runs on Python 3.10 or newer."
      "  Debian/Ubuntu: sudo apt-get install python3 python3-venv")
  elif ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 10))' 2>/dev/null; then
    problems+=("$("$PYTHON" --version 2>&1) is too old: JupyterLab 4.6 needs Python 3.10 or newer."
      "  Debian 12 / Ubuntu 22.04 and later ship one: sudo apt-get install python3 python3-venv")
  elif [ ! -x "$VENV/bin/python" ] && ! "$PYTHON" -c 'import venv, ensurepip' 2>/dev/null; then
    problems+=("'$PYTHON' cannot create virtual environments (no ensurepip)."
      "  Debian/Ubuntu: sudo apt-get install python3-venv")
  fi
  if [ ${#problems[@]} -gt 0 ]; then
    die "some prerequisites are missing:" "${problems[@]}"
  fi
}

# ---------------------------------------------------------------------------------------------
# Python side: .venv from binder/requirements.txt (and, for the tests, tests/requirements.txt)

venv_works() { [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c 'import sys' 2>/dev/null; }

# Usage: ensure_python_env binder/requirements.txt [tests/requirements.txt]
ensure_python_env() {
  local stamp want
  stamp="$VENV/stamp-$(printf '%s+' "$@" | tr '/' '_')"
  # The interpreter's version is an input too: a venv outlives neither a Python upgrade nor a move.
  want=$(inputs_hash "$("$PYTHON" --version 2>&1) $VENV" "$@")
  if venv_works && stamp_matches "$stamp" "$want"; then
    return 0
  fi
  if ! venv_works; then
    step "Creating the Python environment .venv/"
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
  fi
  step "Installing $* into .venv/"
  local args=() file
  for file in "$@"; do args+=(-r "$WEIGHTLAB_ROOT/$file"); done
  # One pip call for all files, so the resolver sees every pin at once.
  "$VENV/bin/python" -m pip install --disable-pip-version-check -q "${args[@]}" ||
    die "pip could not install $* (see above)." \
      "A pin that fails here would fail on Binder too: fix the file."
  write_stamp "$stamp" "$want"
}

# Scripts and the kernel find .venv's jupyter, python and the `java` kernelspec through PATH.
use_python_env() {
  export PATH="$VENV/bin:$PATH"
  export VIRTUAL_ENV="$VENV"
}

# ---------------------------------------------------------------------------------------------
# The library: binder/postBuild, rerun when the pom, the library's sources or postBuild change

# Where `mvn install` puts the jar, from the pom's own coordinates.
installed_jar() {
  "$VENV/bin/python" - "$WEIGHTLAB_ROOT/pom.xml" <<'PY'
import pathlib, sys, xml.etree.ElementTree as ET
ns = {"m": "http://maven.apache.org/POM/4.0.0"}
pom = ET.parse(sys.argv[1]).getroot()
group, artifact, version = (pom.findtext(f"m:{tag}", namespaces=ns) for tag in ("groupId", "artifactId", "version"))
folder = pathlib.Path.home() / ".m2/repository" / group.replace(".", "/") / artifact / version
print(folder / f"{artifact}-{version}.jar")
PY
}

# The stamp holds a hash of the inputs (data/ too: the build may pack data sets into the jar) and
# one of the installed jar. The jar counts because it is what the notebooks load, and ~/.m2 is
# shared: another checkout of Weightlab (another branch, a second clone) installs the same
# coordinates, and the notebooks here must test this checkout's code.
library_state() {
  local jar jar_hash=none
  jar=$(installed_jar)
  if [ -f "$jar" ]; then jar_hash=$(sha256sum "$jar" | cut -d' ' -f1); fi
  printf '%s %s\n' "$(inputs_hash "" pom.xml src/main data binder/postBuild)" "$jar_hash"
}

ensure_library() {
  local stamp="$WEIGHTLAB_ROOT/target/postBuild.stamp"
  if stamp_matches "$stamp" "$(library_state)"; then
    return 0
  fi
  step "Building and installing the library (binder/postBuild)"
  (cd "$WEIGHTLAB_ROOT" && binder/postBuild) ||
    die "binder/postBuild failed (see above)." "Binder runs the same script: it would fail there too."
  write_stamp "$stamp" "$(library_state)"
}

# ---------------------------------------------------------------------------------------------
# Everything a notebook needs, in Binder's order: system packages, Python side, library.
# Usage: prepare_environment binder/requirements.txt [more requirement files]
prepare_environment() {
  local apt_packages
  mapfile -t apt_packages < <(apt_list)
  ensure_debian_packages "${apt_packages[@]}"
  check_prerequisites
  ensure_python_env "$@"
  use_python_env
  ensure_library
}
