#!/usr/bin/env bash
# Take the notebooks into a classroom: slides, a static book, and a release for students.
#
#   ./classroom.sh slides [--out DIR]                     one reveal.js deck per notebook (default target/slides/)
#   ./classroom.sh book [--out DIR]                       the notebooks as web pages, with an index (default target/book/)
#   ./classroom.sh student-release DIR [--clear-outputs]  the notebooks without solutions, into DIR
#   ./classroom.sh --help
#
# Every HTML file works alone, from disk, with no network: reveal.js, the styles and the charts are
# inside it, and the maths is drawn when it is built. Nothing here runs Java: the pages and slides
# show the outputs saved in the notebooks. Slides and book need Python 3.10+ and Node 20+ (reveal.js
# and MathJax come from npm, pinned in scripts/classroom/package-lock.json); the student release
# needs Python only. The Python side is the project's .venv/, made as ./lab.sh makes it.
set -euo pipefail
# Folders named on the command line are relative to where the command was typed.
CALLER_DIR=$PWD
cd "$(dirname "$0")"
source scripts/setup.sh

usage() { sed -n '2,13s/^# \{0,1\}//p' "$0"; }

# The Python side only: the pages need nbconvert (with JupyterLab in binder/requirements.txt), not
# Java, Maven or the library, so a teacher's laptop or a CI job without a JDK can build them.
ensure_python() {
  if ! command -v "$PYTHON" >/dev/null 2>&1; then
    die "no '$PYTHON' on PATH: the export runs on Python 3.10 or newer." \
      "Debian/Ubuntu: sudo apt-get install python3 python3-venv"
  fi
  "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 10))' ||
    die "$("$PYTHON" --version 2>&1) is too old: the export needs Python 3.10 or newer."
  if [ ! -x "$VENV/bin/python" ] && ! "$PYTHON" -c 'import venv, ensurepip' 2>/dev/null; then
    die "'$PYTHON' cannot create virtual environments (no ensurepip)." \
      "Debian/Ubuntu: sudo apt-get install python3-venv"
  fi
  ensure_python_env binder/requirements.txt
  use_python_env
}

# reveal.js and MathJax, exactly as scripts/classroom/package-lock.json says.
ensure_node_modules() {
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 ||
    die "no node/npm: slides and book need Node 20 or newer (reveal.js, MathJax)." \
      "Debian/Ubuntu: sudo apt-get install nodejs npm"
  local node_major
  node_major=$(node -p 'process.versions.node.split(".")[0]')
  [ "$node_major" -ge 20 ] || die "node is version $node_major; slides and book need Node 20 or newer."
  local stamp=scripts/classroom/node_modules/.weightlab-stamp want
  want=$(inputs_hash "$(node --version)" scripts/classroom/package.json scripts/classroom/package-lock.json)
  if ! stamp_matches "$stamp" "$want"; then
    step "Installing reveal.js and MathJax (npm ci in scripts/classroom/)"
    (cd scripts/classroom && npm ci --no-audit --no-fund --no-update-notifier)
    write_stamp "$stamp" "$want"
  fi
}

absolute() { case $1 in /*) printf '%s\n' "$1" ;; *) printf '%s\n' "$CALLER_DIR/$1" ;; esac; }

# The arguments, with the folder after --out (or --out=) made absolute.
export_args() {
  while [ $# -gt 0 ]; do
    case $1 in
      --out) if [ $# -ge 2 ]; then absolute "$2"; shift; else printf '%s\n' "$1"; fi ;;
      --out=*) absolute "${1#--out=}" ;;
      *) printf '%s\n' "$1" ;;
    esac
    shift
  done
}

main() {
  local command=${1:-}
  [ $# -gt 0 ] && shift
  case "$command" in
    slides | book)
      ensure_python
      ensure_node_modules
      local args=()
      mapfile -t args < <(export_args "$@")
      step "Writing the $command"
      python scripts/classroom/export.py "$command" "${args[@]}"
      ;;
    student-release)
      [ $# -ge 1 ] || { usage >&2; die "student-release needs a folder: ./classroom.sh student-release DIR"; }
      ensure_python
      local folder
      folder=$(absolute "$1")
      shift
      step "Writing the student release"
      python scripts/classroom/student_release.py "$folder" "$@"
      ;;
    -h | --help | help) usage ;;
    "") usage >&2; die "name a command: slides, book or student-release" ;;
    *) usage >&2; die "unknown command: $command" ;;
  esac
}

main "$@"
