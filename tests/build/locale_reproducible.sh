#!/usr/bin/env bash
# `aimsgen build` writes the same bytes whatever the locale and time zone of
# the machine: site-example built under LC_ALL=C TZ=UTC and under a
# comma-decimal locale (de_DE.UTF-8: 1,5 not 1.5; 1.234 groups thousands) in
# a zone fourteen hours ahead (Pacific/Kiritimati, where the calendar date is
# already tomorrow) gives identical output trees, every file compared byte for
# byte (HTML, JSON, assets and the workbooks under OUT/workbooks/ alike).
#
# The machine image has only the C and POSIX locales: the test compiles
# de_DE.UTF-8 with localedef into its own directory and points LOCPATH at it,
# so nothing outside the test changes (Debian's `locales` package, which holds
# the sources, is installed with apt-get only when missing). It checks that the
# locale really took effect before trusting the comparison, and exits 77
# (skipped) when no de_DE.UTF-8 can be had.
#
# usage: locale_reproducible.sh AIMSGEN SOURCE_DIR
set -euo pipefail
source "$(dirname "$0")/build_test_lib.bash"

comma_locale=de_DE.UTF-8
locale_env=()  # extra environment for the comma-decimal build

have_sources() { [[ -f /usr/share/i18n/locales/de_DE && -e /usr/share/i18n/charmaps/UTF-8.gz ]] && command -v localedef > /dev/null; }

if locale -a 2> /dev/null | grep -qix 'de_DE\.utf-\?8'; then
    echo "using the machine's own $comma_locale"
else
    if ! have_sources && [[ $(id -u) -eq 0 ]] && command -v apt-get > /dev/null; then
        echo "installing Debian's locales package (localedef and the locale sources)"
        { DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends locales ||
          { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends locales; }; } \
            > "$work/apt.log" 2>&1 || true
    fi
    if ! have_sources; then
        echo "SKIP: no $comma_locale on this machine and no localedef with the de_DE sources to make one"
        exit 77
    fi
    mkdir "$work/locales"
    # localedef warns (exit 1) about harmless details of some sources; what counts is the result.
    localedef -i de_DE -f UTF-8 "$work/locales/$comma_locale" > "$work/localedef.log" 2>&1 || true
    if [[ ! -f $work/locales/$comma_locale/LC_NUMERIC ]]; then
        echo "SKIP: localedef could not compile $comma_locale:"
        cat "$work/localedef.log"
        exit 77
    fi
    locale_env=(LOCPATH="$work/locales")
    echo "compiled $comma_locale into the test's own LOCPATH"
fi
comma_env=("${locale_env[@]}" LC_ALL="$comma_locale" LANG="$comma_locale" LANGUAGE=de)

# The locale must really be in force for a program started like aimsgen, or the
# comparison below proves nothing. `env` runs the external printf and locale,
# which read LOCPATH as aimsgen's C library does (bash's builtins would not).
decimal=$(env "${comma_env[@]}" printf '%.1f' 1.5 2> "$work/locale.err")
point=$(env "${comma_env[@]}" locale decimal_point 2>> "$work/locale.err")
[[ $decimal == "1,5" && $point == "," && ! -s $work/locale.err ]] ||
    fail "$comma_locale did not take effect: printf '%.1f' 1.5 gave '$decimal', decimal_point '$point':"$'\n'"$(cat "$work/locale.err")"
[[ $(env LC_ALL=C printf '%.1f' 1.5) == "1.5" ]] || fail "LC_ALL=C printf '%.1f' 1.5 did not give 1.5"

# Fourteen hours ahead of UTC: for fourteen hours of every UTC day the calendar
# there already shows the next date. Kiritimati from tzdata when present, else the same
# offset as a POSIX TZ string (which needs no tzdata).
far_zone=Pacific/Kiritimati
if [[ ! -f /usr/share/zoneinfo/$far_zone ]]; then
    far_zone=UTC-14
fi
[[ $(TZ=UTC date -d '2026-09-30 12:00 UTC' +%F) != $(TZ=$far_zone date -d '2026-09-30 12:00 UTC' +%F) ]] ||
    fail "TZ=$far_zone did not move the calendar date: the zones would not differ"

TZ=UTC LC_ALL=C build_example "$work/c-utc"
status=0
env "${comma_env[@]}" TZ="$far_zone" "${runner[@]}" "$aimsgen" build "$example" -o "$work/comma-far" --as-of "$as_of" \
    > /dev/null 2> "$work/comma-far.err" || status=$?
[[ $status -eq 0 ]] || fail "the build under LC_ALL=$comma_locale TZ=$far_zone exited $status:"$'\n'"$(cat "$work/comma-far.err")"

[[ -f $work/c-utc/data/model.json && -f $work/c-utc/manifest.json ]] ||
    fail "the build wrote no data/model.json or manifest.json: nothing was compared"
if [[ $(tree_digest "$work/c-utc") != "$(tree_digest "$work/comma-far")" ]]; then
    diff -r "$work/c-utc" "$work/comma-far" 2>&1 | head -40 >&2 || true
    diff <(tree_digest "$work/c-utc") <(tree_digest "$work/comma-far") | head -20 >&2 || true
    fail "LC_ALL=$comma_locale TZ=$far_zone: the output differs from LC_ALL=C TZ=UTC (above)"
fi
files=$(find "$work/c-utc" -type f | wc -l)
workbooks=$(find "$work/c-utc" -type f -name '*.xlsx' | wc -l)
echo "site-example: $files files ($workbooks workbooks) identical under LC_ALL=C TZ=UTC and LC_ALL=$comma_locale TZ=$far_zone"
