#!/usr/bin/env bash
# Open the Weightlab notebooks in JupyterLab on this machine.
#
#   ./lab.sh                 set up what is missing, then open notebooks/00-start-here.ipynb
#   ./lab.sh --port=9999     extra arguments go to `jupyter lab`
#
# The first run creates .venv/ from binder/requirements.txt and installs the library with
# binder/postBuild (a few minutes, mostly downloads); later runs skip both unless their inputs
# changed, and start in seconds. JupyterLab listens on 127.0.0.1 only, behind a fresh token.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/setup.sh

start_jupyterlab() {
  # No token is passed on purpose: Jupyter then makes a fresh random one and prints the URL with
  # it (a token given on the command line would be shown as "token=...", and a learner could not
  # copy the link).
  local args=(
    --ServerApp.ip=127.0.0.1
    --ServerApp.root_dir="$WEIGHTLAB_ROOT"
    --LabApp.default_url=/lab/tree/notebooks/00-start-here.ipynb
  )
  # Jupyter refuses to run as root unless told; containers and CI machines often are root.
  if [ "$(id -u)" = 0 ]; then args+=(--allow-root); fi
  step "Starting JupyterLab (stop it with Ctrl+C, twice)"
  # Through binder/start, so the kernel gets the same JVM options as on Binder.
  exec binder/start jupyter lab "${args[@]}" "$@"
}

prepare_environment binder/requirements.txt
start_jupyterlab "$@"
