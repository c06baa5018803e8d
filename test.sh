#!/usr/bin/env bash
# Test everything a learner relies on, the way Binder would run it.
#
#   ./test.sh                      JUnit, every notebook with the real Java kernel, the classroom kit
#                                  (book, slides, student release), then a browser
#   ./test.sh --no-browser         the same without the browser checks (no chromium on this machine)
#   ./test.sh --update [NOTEBOOK]  authoring: run notebooks and save their fresh outputs in place
#                                  (all notebooks when none is named)
#
# Set-up is shared with ./lab.sh (scripts/setup.sh): binder/apt.txt, binder/requirements.txt and
# binder/postBuild are replayed, and the kernels start through binder/start, so a wrong pin or a
# failing postBuild fails here before it fails on Binder.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/setup.sh

usage() { sed -n '2,9s/^# \{0,1\}//p' "$0"; }

# ---------------------------------------------------------------------------------------------

run_junit() {
  step "JUnit: mvn -B verify"
  mvn -B -ntp verify
}

run_notebook_tests() {
  step "Notebooks: every notebook under notebooks/, with the java kernel"
  local status=0
  binder/start python -m pytest tests/notebooks -v -p no:cacheprovider "$@" || status=$?
  # pytest says 5 when it collected no test. test_there_are_notebooks makes that impossible for a
  # full run, so 5 means a filter matched nothing: a run that tested nothing must not look green.
  if [ "$status" -eq 5 ]; then
    printf 'error: pytest ran no test (exit code 5)\n' >&2
  fi
  return "$status"
}

# The browser check needs Debian's chromium and Node 20+ (playwright-core 1.65 requires it).
ensure_browser_tools() {
  ensure_debian_packages chromium
  [ -x "${CHROMIUM:-/usr/bin/chromium}" ] ||
    die "no chromium for the browser check." "Debian/Ubuntu: sudo apt-get install chromium" \
      "or skip the check: ./test.sh --no-browser"
  command -v node >/dev/null 2>&1 ||
    die "no node for the browser check (Node 20 or newer)." "or skip the check: ./test.sh --no-browser"
  local node_major
  node_major=$(node -p 'process.versions.node.split(".")[0]')
  [ "$node_major" -ge 20 ] ||
    die "node is version $node_major; the browser check needs Node 20 or newer." \
      "or skip the check: ./test.sh --no-browser"
  # npm ci reinstalls from package-lock.json exactly; skip it while the lock file is unchanged.
  local stamp=tests/browser/node_modules/.weightlab-stamp want
  want=$(inputs_hash "$(node --version)" tests/browser/package.json tests/browser/package-lock.json)
  if ! stamp_matches "$stamp" "$want"; then
    step "Installing playwright-core (npm ci in tests/browser/)"
    (cd tests/browser && npm ci --no-audit --no-fund --no-update-notifier)
    write_stamp "$stamp" "$want"
  fi
}

run_browser_check() {
  ensure_browser_tools
  step "Browser: JupyterLab in Chromium runs notebooks/00-start-here.ipynb, then shows it as RISE slides"
  binder/start node tests/browser/run-notebook.mjs --slideshow notebooks/00-start-here.ipynb
}

# ./classroom.sh's book, slides and student release. The pages are built from the saved outputs
# (the export itself fails on a page that would fetch anything); the student release is checked
# and run with the java kernel; with a browser, the pages are opened from file:// with the network
# blocked, and a page with a CDN script put in must fail that check.
run_classroom_checks() {
  local browser=$1
  step "Classroom: ./classroom.sh book and slides"
  ./classroom.sh book
  ./classroom.sh slides
  step "Classroom: the student release, with the java kernel"
  binder/start python -m pytest tests/classroom -v -p no:cacheprovider
  [ "$browser" = yes ] || return 0
  ensure_browser_tools
  step "Browser: the book and the slides from file://, every request beyond the files blocked"
  # A sample, to keep CI short (every page passed the export's own no-fetch check already): the
  # indexes, the deck and page with the most maths (04) and the most charts (07), and a solution.
  node tests/browser/offline-pages.mjs \
    target/book/index.html target/book/notebooks/04-activation-functions.html \
    target/book/notebooks/07-initialization.html target/book/solutions/01-a-single-neuron-solutions.html \
    target/slides/index.html target/slides/00-start-here.slides.html \
    target/slides/04-activation-functions.slides.html target/slides/07-initialization.slides.html \
    target/slides/solutions/01-a-single-neuron-solutions.slides.html
  check_offline_check_fails_on_a_cdn
}

# The offline check must be able to fail: a book page with MathJax put back from a CDN.
check_offline_check_fails_on_a_cdn() {
  step "Browser: a page that loads MathJax from a CDN must fail the offline check"
  # A copy of the whole book, so that the page's links still work and only the CDN script is wrong.
  local canary=target/classroom-canary/notebooks/00-start-here.html output status=0
  rm -rf target/classroom-canary
  cp -r target/book target/classroom-canary
  sed -i 's|</head>|<script src="https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-svg.js"></script></head>|' "$canary"
  output=$(node tests/browser/offline-pages.mjs "$canary" 2>&1) || status=$?
  printf '%s\n' "$output" | sed 's/^/    /'
  if [ "$status" -eq 0 ] || ! grep -q 'blocked request: https://cdn.jsdelivr.net' <<<"$output"; then
    printf 'error: the offline check passed a page that loads a script from a CDN\n' >&2
    return 1
  fi
  note "caught, as it should be"
}

update_notebooks() {
  step "Running notebooks and saving their fresh outputs"
  binder/start python tests/notebooks/execute.py --write "$@"
}

# Runs one named phase in a subshell with errexit on, and records how it went; never fails itself.
# (Called from `if` or `||`, bash would silently switch errexit off inside the phase's functions.)
passed=0
failed=0
last_status=0
summary=()
phase() {
  local name=$1 start=$SECONDS
  shift
  set +e
  (set -e; "$@")
  last_status=$?
  set -e
  if [ "$last_status" -eq 0 ]; then
    passed=$((passed + 1))
    summary+=("$(printf '%-10s passed  %4d s' "$name" $((SECONDS - start)))")
  else
    failed=$((failed + 1))
    summary+=("$(printf '%-10s FAILED  %4d s' "$name" $((SECONDS - start)))")
  fi
}

print_summary() {
  step "Summary"
  printf '    %s\n' "${summary[@]}"
  printf '    total      %4d s\n' "$SECONDS"
  # A plain closing line that CI and people can read at a glance.
  printf 'test.sh: %d passed, %d failed\n' "$passed" "$failed"
}

main() {
  local browser=yes
  case "${1:-}" in
    --update)
      shift
      prepare_environment binder/requirements.txt tests/requirements.txt
      update_notebooks "$@"
      return
      ;;
    --no-browser) browser=no; shift ;;
    -h | --help) usage; return 0 ;;
  esac
  if [ $# -gt 0 ]; then
    usage >&2
    die "unknown arguments: $*"
  fi

  # Set-up stops the run at its first problem, with a message that says what to install.
  prepare_environment binder/requirements.txt tests/requirements.txt
  summary+=("$(printf '%-10s done    %4d s' setup "$SECONDS")")

  phase junit run_junit
  if [ "$last_status" -ne 0 ]; then
    # A library that fails its own tests would make the notebooks' failures noise: stop here.
    print_summary
    return 1
  fi
  phase notebooks run_notebook_tests
  phase classroom run_classroom_checks "$browser"
  if [ "$browser" = yes ]; then
    phase browser run_browser_check
  fi
  print_summary
  [ "$failed" -eq 0 ]
}

main "$@"
