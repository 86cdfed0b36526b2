#!/usr/bin/env bash
# Build, check, preview and test the site. Run ./site-build.sh --help for the commands.
#
# Sets up its own Python environment (.venv/) with the pinned dependencies when it
# is missing or when a requirements file changed, so a fresh clone needs nothing else
# than Python (requires-python in pyproject.toml says which) (and, for the browser tests, Debian's apt, which `test` uses).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VENV="${STEUNPAKKET_VENV:-$ROOT/.venv}"
PY="$VENV/bin/python"
# Compiled Python modules go to one folder inside the environment, not beside the sources (the
# working tree stays clean). Without them every build compiled all of our modules anew: 0,2 s
# of each build. `test` keeps its own (run_tests).
export NO_MKDOCS_2_WARNING=1 PYTHONDONTWRITEBYTECODE= PYTHONPYCACHEPREFIX="$VENV/pycache"

usage() {
  cat <<'EOF'
Gebruik: ./site-build.sh [opdracht] [opties]

Opdrachten:
  build     (standaard) gegevens controleren, site bouwen en pas daarna site/ vervangen
  check     alleen de gegevens in data/ controleren; meldt alle fouten tegelijk
  serve     voorbeeld op http://127.0.0.1:8000 dat bijwerkt bij elke wijziging; kloppen de
            gegevens niet, dan toont de browser de fouten (bestand:regel:kolom) tot de
            volgende goede opslag. Een andere poort: PORT=8001 ./site-build.sh serve,
            of ./site-build.sh serve --dev-addr 127.0.0.1:8001
  test      alle tests draaien, verdeeld over de processorkernen (installeert eerst wat de
            tests nodig hebben); extra opties gaan naar pytest, bijvoorbeeld:
            ./site-build.sh test -k begroting, of snel zonder browser: ./site-build.sh test -m "not browser"
  verschil  [BASIS] toont in Markdown welke cijfers, pagina's en bronnen deze branch verandert
            tegenover BASIS (standaard het vertrekpunt vanaf main) en faalt als een gewijzigd
            cijfer niet in data/wijzigingen.yaml staat, een adres zonder omleiding verdwijnt
            of een gepubliceerde wijziging is weggehaald of herschreven
  vastleggen  na een vastgelegde wijziging: de gepubliceerde bedragen opnieuw vastleggen
  bench     de bouw meten (echte site, 100/1.000/5.000 initiatieven tegen de generator alleen,
            paginagewicht) en de uitkomst in BENCHMARKS.md zetten; duurt enkele minuten
  schermafdrukken  bouwt de site en maakt van elke pagina een schermafdruk zoals een telefoon
            hem toont (390 px breed, de hele pagina) in test-artefacten/, voor wie een wijziging nakijkt
  lighthouse  bouwt de site en meet vier pagina's met Lighthouse (npm-pakket, via npx;
            mobiel, drie keer) en zet de scores in BENCHMARKS.md
  lint      de Python-code controleren met ruff
  clean     site/, .venv/, tijdelijke bouwmappen en test-artefacten/ verwijderen
  --help    deze uitleg

Omgevingsvariabelen:
  SITE_URL          het adres waarop de site komt te staan (standaard https://steunpakket.example/)
  REPO_URL          het adres van de repository, voor bewerk- en meldlinks (standaard geen)
  SITE_PUBLISHER    de uitgever van de site, in de voettekst (standaard niet genoemd)
  SITE_CONTACT      het contactadres (e-mail of https://) in de voettekst en security.txt
  STEUNPAKKET_VENV  een andere map voor de Python-omgeving (standaard .venv/)
  PYTHON            de Python waarmee .venv/ wordt gemaakt (standaard de nieuwste python3.x); welke
                    versie minstens nodig is, staat bij requires-python in pyproject.toml
  SITE_GENERATOR    de generator voor één bouw: properdocs (standaard, extra.generator in mkdocs.yml)
                    of zensical (alleen in de testomgeving geïnstalleerd; zie ARCHITECTURE.md)
  PORT              de poort van serve (standaard 8000)
  CHROMIUM          de browser voor de browsertests; zonder: de eerste die werkt van /usr/bin/chromium,
                    google-chrome, google-chrome-stable, chromium-browser (niet de snap); is er geen,
                    dan installeert test het Debian-pakket chromium
EOF
}

say() { printf '%s\n' "$*" >&2; }
die() { say "FOUT: $*"; exit 1; }

# find_python: the Python that makes .venv. The oldest version the code runs on is
# written in one place, requires-python in pyproject.toml; PYTHON names one explicitly.
find_python() {
  local needed candidate version found="" candidates
  needed="$(sed -n 's/^requires-python *= *">= *\([0-9]*\.[0-9]*\)".*/\1/p' "$ROOT/pyproject.toml" 2>/dev/null)"
  [ -n "$needed" ] || die "kan niet lezen welke Python nodig is (requires-python in pyproject.toml)."
  if [ -n "${PYTHON:-}" ]; then candidates=("$PYTHON")
  else mapfile -t candidates < <(echo python3; seq -f "python3.%g" 20 -1 "${needed#*.}"; echo python)
  fi
  for candidate in "${candidates[@]}"; do
    command -v "$candidate" >/dev/null 2>&1 || continue
    version="$("$candidate" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)" || continue
    [[ "$version" =~ ^[0-9]+\.[0-9]+$ ]] || continue
    if [ "${version%%.*}" -eq "${needed%%.*}" ] && [ "${version#*.}" -ge "${needed#*.}" ]; then
      echo "$candidate"; return 0
    fi
    found="${found:-$candidate is Python $version}"  # the first one found is the one to name
  done
  if [ -n "${PYTHON:-}" ] && [ -z "$found" ]; then
    die "PYTHON=$PYTHON is geen werkende Python. Python $needed of nieuwer is nodig:" \
      "wijs er een aan met PYTHON=/pad/naar/python$needed ./site-build.sh."
  fi
  die "Python $needed of nieuwer is nodig, maar ${found:-er is geen python3 gevonden}." \
    "Installeer Python $needed of nieuwer, of wijs er een aan met PYTHON=/pad/naar/python$needed ./site-build.sh."
}

# ensure_env NAME REQUIREMENTS: install REQUIREMENTS into the venv unless the stamp
# says this exact set is already there.
ensure_env() {
  local name="$1" requirements="$ROOT/$2" stamp wanted python
  wanted="$(cat "$ROOT/requirements.txt" "$requirements" | sha256sum | cut -d' ' -f1)"
  stamp="$VENV/.stamp-$name"
  if [ -x "$PY" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
    return 0
  fi
  if [ ! -x "$PY" ]; then
    say "Python-omgeving aanmaken in ${VENV#"$ROOT"/} ..."
    python="$(find_python)" || exit 1
    "$python" -m venv "$VENV" || die "kon geen Python-omgeving maken (is python3-venv geïnstalleerd?)"
  fi
  say "Vastgepinde afhankelijkheden installeren uit $2 ..."
  "$PY" -m pip install --quiet --disable-pip-version-check --no-input -r "$requirements" \
    || die "installeren uit $2 mislukt; zie de melding hierboven"
  echo "$wanted" > "$stamp"
  if [ "$name" = test ]; then  # the test set includes the build set
    cat "$ROOT/requirements.txt" "$ROOT/requirements.txt" | sha256sum | cut -d' ' -f1 > "$VENV/.stamp-build"
  fi
}

# The build checks the data, renders the pages, has the generator build them and adds the
# open data, feeds and security policy, all in a temporary folder: site/ is replaced only
# when everything passed, and every failure is told in Dutch (macros/cli/build.py).
build() {
  ensure_env build requirements.txt
  (cd "$ROOT" && "$PY" -m macros.cli.build "$@")
}

# The preview builds the same way and builds again at every save; a build that fails shows
# its message in the browser instead of the site, until the next good save (macros/cli/serve.py).
# A --dev-addr given here comes last and wins over the PORT default.
serve() {
  ensure_env build requirements.txt
  cd "$ROOT" && exec "$PY" -m macros.cli.serve "$@"
}

lint() {
  ensure_env test requirements-test.txt
  (cd "$ROOT" && "$VENV/bin/ruff" check macros tests)
}

# The browser tests need a Chromium-family browser; tests/chromium.py decides which
# (order: $CHROMIUM, Debian's chromium-headless-shell, /usr/bin/chromium,
# google-chrome(-stable), chromium-browser but not Ubuntu's snap stub; Lighthouse, with
# --browser, skips the shell). The tests run about a fifth faster on the headless shell,
# so `test` installs that Debian package where apt offers it, even beside another
# browser; otherwise Debian's chromium, and only when no browser works at all.
ensure_chromium() {
  local which="${1:-}" package found
  if [ "$which" = --shell ] && [ -z "${CHROMIUM:-}" ] && [ ! -x /usr/bin/chromium-headless-shell ] &&
     apt_offers chromium-headless-shell; then
    say "Chromium installeren voor de browsertests (Debian-pakket chromium-headless-shell) ..."
    apt_install chromium-headless-shell || say "Dat lukte niet; de tests gebruiken een andere browser (trager)."
  fi
  if found="$("$PY" "$ROOT/tests/chromium.py" ${which:+"$which"})"; then export CHROMIUM="$found"; return 0; fi
  [ -z "${CHROMIUM:-}" ] || die "CHROMIUM=$CHROMIUM werkt niet; wijs een Chromium- of Chrome-programma aan"
  command -v apt-get >/dev/null 2>&1 \
    || die "geen Chromium of Chrome gevonden; installeer er een of zet CHROMIUM op het pad van de browser"
  package=chromium
  if [ "$which" = --shell ] && apt_offers chromium-headless-shell; then package=chromium-headless-shell; fi
  apt_offers "$package" \
    || die "geen Chromium of Chrome gevonden en apt heeft geen echt chromium-pakket (alleen een snap); installeer Chrome of Chromium en zet zo nodig CHROMIUM"
  say "Chromium installeren voor de browsertests (Debian-pakket $package) ..."
  apt_install "$package" || die "$package installeren mislukt; installeer het Debian-pakket $package"
  found="$("$PY" "$ROOT/tests/chromium.py" ${which:+"$which"})" || die "$package is geïnstalleerd maar werkt niet"
  export CHROMIUM="$found"
}

# apt_offers PACKAGE: apt has a real package of that name (Ubuntu's chromium is a snap
# stub). Reads the package lists this machine has; only a machine without any (a fresh
# container) fetches them first, so a run of the tests does not go to the network.
apt_offers() {
  command -v apt-get >/dev/null 2>&1 || return 1
  if ! compgen -G "/var/lib/apt/lists/*Packages*" >/dev/null; then
    as_root apt-get update -qq >/dev/null 2>&1 || return 1
  fi
  apt-cache show --no-all-versions "$1" 2>/dev/null | grep -q '^Version:' &&
    ! apt-cache show --no-all-versions "$1" 2>/dev/null | grep -qiw 'snap'
}

# apt_install PACKAGE: fresh package lists first (old ones may name versions that are gone).
apt_install() {
  as_root apt-get update -qq >/dev/null 2>&1 || return 1
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$1" >/dev/null
}

# as_root COMMAND...: run it as root, through sudo when this is not root (and say so when that is impossible).
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo DEBIAN_FRONTEND=noninteractive "$@"
  else say "geen root en geen sudo: kan $* niet uitvoeren"; return 1
  fi
}

run_tests() {
  ensure_env test requirements-test.txt
  ensure_chromium --shell
  lint
  # One worker per core (pytest-xdist); `-n 0` among the options runs in one process.
  # Compiled modules (pytest rewrites every test module) are kept in .pytest_cache/ from
  # run to run, also where the environment asks Python not to write them
  # (PYTHONDONTWRITEBYTECODE): the source tree stays clean and collecting takes half the time.
  cd "$ROOT" && PYTHONDONTWRITEBYTECODE= PYTHONPYCACHEPREFIX="$ROOT/.pytest_cache/pycache" \
    STEUNPAKKET_VENV="$VENV" "$PY" -m pytest -n auto --dist worksteal "$@"
}

clean() {
  rm -rf "$ROOT/site" "$ROOT/.venv" "$ROOT"/.bouw.* "$ROOT/.pytest_cache" "$ROOT/test-artefacten"
}

command="${1:-build}"
[ $# -gt 0 ] && shift
case "$command" in
  build) build "$@" ;;
  check) ensure_env build requirements.txt; (cd "$ROOT" && "$PY" -m macros.cli.check) ;;
  serve) serve "$@" ;;
  test) run_tests "$@" ;;
  verschil) ensure_env build requirements.txt; (cd "$ROOT" && "$PY" -m macros.cli.verschil "$@") ;;
  vastleggen) ensure_env build requirements.txt; (cd "$ROOT" && "$PY" -m macros.cli.vastleggen) ;;
  bench) ensure_env build requirements.txt; (cd "$ROOT" && "$PY" tests/benchmark.py "$@") ;;
  schermafdrukken) build; ensure_env test requirements-test.txt; ensure_chromium --shell
    (cd "$ROOT" && "$PY" tests/screenshots.py) ;;
  lighthouse) build; ensure_chromium --browser; (cd "$ROOT" && "$PY" tests/lighthouse.py "$@") ;;
  lint) lint ;;
  clean) clean ;;
  -h|--help|help) usage ;;
  *) usage; die "onbekende opdracht: $command" ;;
esac
