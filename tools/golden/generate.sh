#!/usr/bin/env bash
# Regenerates the I2S clock golden tables from ESP-IDF's own C source (see README.md in this folder).
#
#   tools/golden/generate.sh <esp-idf git dir or checkout> [output dir]
#
# The ESP-IDF repository is read with `git show <tag>:<path>` only (a bare mirror is enough); nothing of it is copied
# into this repository. Each group compiles the functions it needs from one tag, with the host shims in harness/.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$here/../.." && pwd)"
idf="${1:?usage: generate.sh <esp-idf git dir> [output dir]}"
out="${2:-$repo_root/tests/I2sGen.Tests/Clock/Golden}"
cc="${CC:-cc}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# group name | tag | driver | chip | with APLL
groups=(
    "idf4.4.7-legacy-esp32|v4.4.7|legacy|esp32|1"
    "idf4.4.7-legacy-esp32s2|v4.4.7|legacy|esp32s2|1"
    "idf4.4.7-legacy-esp32s3|v4.4.7|legacy|esp32s3|0"
    "idf4.4.7-legacy-esp32c3|v4.4.7|legacy|esp32c3|0"
    "idf5.0-std-esp32|v5.0|std|esp32|1"
    "idf5.0-std-esp32s3|v5.0|std|esp32s3|0"
    "idf5.0.9-std-esp32|v5.0.9|std|esp32|0"
    "idf5.1.7-std-esp32|v5.1.7|std|esp32|1"
    "idf5.1.7-std-esp32s3|v5.1.7|std|esp32s3|0"
    "idf5.0-legacy-esp32|v5.0|legacy5|esp32|1"
    "idf5.0-legacy-esp32s3|v5.0|legacy5|esp32s3|0"
    "idf5.0.9-legacy-esp32|v5.0.9|legacy5|esp32|1"
    "idf5.1-legacy-esp32|v5.1|legacy5|esp32|1"
    "idf5.1.7-legacy-esp32|v5.1.7|legacy5|esp32|1"
    "idf5.1.7-legacy-esp32s3|v5.1.7|legacy5|esp32s3|0"
    "idf5.2-std-esp32|v5.2|std|esp32|1"
    "idf5.2-std-esp32s3|v5.2|std|esp32s3|0"
    "idf5.2.4-std-esp32|v5.2.4|std|esp32|0"
    "idf5.5.1-std-esp32|v5.5.1|std|esp32|1"
    "idf5.5.1-std-esp32s2|v5.5.1|std|esp32s2|1"
    "idf5.5.1-std-esp32s3|v5.5.1|std|esp32s3|0"
    "idf5.5.1-std-esp32c3|v5.5.1|std|esp32c3|0"
    "idf5.5.1-std-esp32c6|v5.5.1|std|esp32c6|0"
    "idf5.5.1-std-esp32h2|v5.5.1|std|esp32h2|0"
    "idf5.5.1-std-esp32p4|v5.5.1|std|esp32p4|1"
    "idf5.5.1-std-esp32c5|v5.5.1|std|esp32c5|0"
    "idf5.5.1-std-esp32c61|v5.5.1|std|esp32c61|0"
    "idf5.5.1-legacy-esp32|v5.5.1|legacy5|esp32|1"
    "idf5.5.1-legacy-esp32s3|v5.5.1|legacy5|esp32s3|0"
    "idf5.5.1-legacy-esp32p4|v5.5.1|legacy5|esp32p4|1"
    "idf6.0-std-esp32|v6.0|std|esp32|1"
    "idf6.0-std-esp32s3|v6.0|std|esp32s3|0"
)

show() { git -C "$idf" show "$1:$2"; }
# The one path in <tag> that ends with <suffix> (ESP-IDF moved these files between components over the versions).
find_path() {
    git -C "$idf" ls-tree -r --name-only "$1" components | grep -E "$2\$" | grep -v -E '(/test|/lp_|/linux/)' | head -n 1 || true
}
extract_fn() { awk -v fn="$3" -f "$here/extract.awk" <(show "$1" "$2"); }
extract_typedef() { awk -v typedef="$3" -f "$here/extract.awk" <(show "$1" "$2"); }
need() { [ -n "$2" ] || { echo "generate.sh: $1 not found" >&2; exit 1; }; }
defines() { # <tag> <path> <name regex>: the single-line #define lines of those names
    [ -n "$2" ] || return 0
    show "$1" "$2" | grep -E "^#define +($3)[ (]" | grep -v '\\$' || true
}

# The divider i2s_hal_set_tx_clock uses at the tag (shared by the std and the v5.x legacy driver): appends its
# functions to the header and sets the harness switch in $divider.
divider_search() {
    show "$tag" "$hal_c" >"$dir/i2s_hal.c"
    if grep -q hal_utils_calc_clk_div_frac_accurate "$dir/i2s_hal.c"; then
        utils_c="$(find_path "$tag" "/hal_utils.c")"
        utils_h="$(find_path "$tag" "/include/hal/hal_utils.h")"
        {
            extract_typedef "$tag" "$utils_h" hal_utils_div_round_opt_t
            extract_typedef "$tag" "$utils_h" hal_utils_clk_info_t
            extract_typedef "$tag" "$utils_h" hal_utils_clk_div_t
            extract_fn "$tag" "$utils_c" _sub_abs
            extract_fn "$tag" "$utils_c" hal_utils_calc_clk_div_frac_accurate
            extract_fn "$tag" "$hal_c" i2s_hal_calc_mclk_precise_division
        } >>"$header"
        divider="-DHARNESS_DIV_HAL_UTILS=1"
    elif grep -q i2s_hal_calc_mclk_precise_division "$dir/i2s_hal.c"; then
        extract_fn "$tag" "$hal_c" i2s_hal_calc_mclk_precise_division >>"$header"
        divider="-DHARNESS_DIV_PRECISE=1"
    else
        extract_fn "$tag" "$ll" i2s_ll_tx_set_mclk >>"$header"
        divider="-DHARNESS_DIV_LL=1"
    fi
}

for group in "${groups[@]}"; do
    IFS='|' read -r name tag driver chip with_apll <<<"$group"
    # ONLY=<regex> regenerates just the groups whose name matches.
    [[ -z "${ONLY:-}" || "$name" =~ $ONLY ]] || continue
    dir="$work/$name"
    mkdir -p "$dir"
    header="$dir/extracted.h"

    ll="$(find_path "$tag" "/$chip/include/hal/i2s_ll.h")"; need "$chip i2s_ll.h in $tag" "$ll"
    hal_c="$(find_path "$tag" "/i2s_hal.c")"; need "i2s_hal.c in $tag" "$hal_c"
    hal_h="$(find_path "$tag" "/include/hal/i2s_hal.h")"; need "i2s_hal.h in $tag" "$hal_h"
    caps="$(find_path "$tag" "/soc/$chip/include/soc/soc_caps.h")"; need "$chip soc_caps.h in $tag" "$caps"
    soc_h="$(find_path "$tag" "/soc/$chip/include/soc/soc.h")"
    clk_ll="$(find_path "$tag" "/$chip/include/hal/clk_tree_ll.h")"

    {
        echo "/* Extracted by tools/golden/generate.sh from espressif/esp-idf $tag for $chip ($driver driver). */"
        echo "#pragma once"
        defines "$tag" "$ll" 'I2S_LL_[A-Z0-9_]*(CLK|DIV)[A-Z0-9_]*'
        defines "$tag" "$caps" 'SOC_I2S_HW_VERSION_[12]|SOC_I2S_SUPPORTS_(APLL|XTAL|PLL_F160M|PLL_F96M|PLL_F64M|TDM)|SOC_APLL_[A-Z_]*' \
            | { if [ "$with_apll" = 1 ]; then cat; else grep -v 'SOC_I2S_SUPPORTS_APLL'; fi; }
        [ "$with_apll" = 1 ] || echo "#define SOC_I2S_SUPPORTS_APLL 0"
        defines "$tag" "$clk_ll" 'CLK_LL_APLL_[A-Z_]*'
        defines "$tag" "$soc_h" 'APB_CLK_FREQ'
        extract_typedef "$tag" "$hal_h" i2s_hal_clock_cfg_t
        extract_typedef "$tag" "$hal_h" i2s_hal_clock_info_t
        extract_typedef "$tag" "$ll" i2s_ll_mclk_div_t
    } >"$header"

    if [ "$driver" = legacy ]; then
        i2s_c="$(find_path "$tag" "/driver/i2s.c")"; need "driver/i2s.c in $tag" "$i2s_c"
        {
            extract_fn "$tag" "$hal_c" i2s_hal_mclk_div_decimal_cal
            # Compiled only under SOC_I2S_SUPPORTS_APLL (driver/i2s.c@v4.4.7), which S3 and C3 do not define.
            [ "$with_apll" = 1 ] && extract_fn "$tag" "$i2s_c" i2s_set_apll_freq
            extract_fn "$tag" "$i2s_c" i2s_config_source_clock
            extract_fn "$tag" "$i2s_c" i2s_calculate_common_clock
        } >>"$header"
        variant="-DHARNESS_LEGACY44=1"
    elif [ "$driver" = legacy5 ]; then
        # The v5.x deprecated legacy driver: its own source-clock and common-clock functions, then the HAL's divider.
        legacy_c="$(find_path "$tag" "/deprecated/i2s_legacy.c")"; need "deprecated/i2s_legacy.c in $tag" "$legacy_c"
        if [ "$with_apll" = 1 ]; then
            extract_fn "$tag" "components/esp_hw_support/port/$chip/rtc_clk.c" rtc_clk_apll_coeff_calc >>"$header"
            echo '#include "apll_shim.h"' >>"$header"
        fi
        divider_search
        {
            extract_fn "$tag" "$legacy_c" i2s_config_source_clock
            extract_fn "$tag" "$legacy_c" i2s_calculate_common_clock
        } >>"$header"
        grep -q "i2s_calculate_common_clock" "$header" || { echo "generate.sh: legacy clock functions not found in $tag" >&2; exit 1; }
        variant="-DHARNESS_LEGACY5=1 $divider"
    else
        std_c="$(find_path "$tag" "/i2s_std.c")"; need "i2s_std.c in $tag" "$std_c"
        common_c="$(find_path "$tag" "/i2s_common.c")"; need "i2s_common.c in $tag" "$common_c"
        if [ "$with_apll" = 1 ]; then
            rtc_c="components/esp_hw_support/port/$chip/rtc_clk.c"
            extract_fn "$tag" "$rtc_c" rtc_clk_apll_coeff_calc >>"$header"
            echo '#include "apll_shim.h"' >>"$header"
            extract_fn "$tag" "$common_c" i2s_set_get_apll_freq >>"$header"
        fi
        {
            extract_fn "$tag" "$common_c" i2s_get_source_clk_freq
            extract_fn "$tag" "$std_c" i2s_std_calculate_clock
            # i2s_std_set_clock's own checks, which run before i2s_std_calculate_clock: its statements up to the
            # declaration of clk_info, in a function of their own (the rest of it programs the hardware).
            echo "static esp_err_t harness_std_set_clock_checks(i2s_chan_handle_t handle, const i2s_std_clk_config_t *clk_cfg)"
            extract_fn "$tag" "$std_c" i2s_std_set_clock | sed -n '2,/i2s_hal_clock_info_t clk_info;/p' | sed '$d'
            echo "    (void)ret;"
            echo "    (void)std_cfg;"
            echo "    return ESP_OK;"
            echo "}"
        } >>"$header"
        grep -q "mclk_multiple % 3" "$header" || { echo "generate.sh: i2s_std_set_clock checks not found in $tag" >&2; exit 1; }
        divider_search
        variant="-DHARNESS_STD=1 $divider"
    fi

    # The chip's crystal and default I2S source (soc/<chip>/include/soc/clk_tree_defs.h: I2S_CLK_SRC_DEFAULT).
    xtal=40000000; default_src=I2S_CLK_SRC_PLL_160M
    case "$chip" in
        esp32h2) xtal=32000000; default_src=I2S_CLK_SRC_PLL_96M ;;
        esp32p4) default_src=I2S_CLK_SRC_XTAL ;;
        esp32c5) xtal=48000000 ;;
    esac
    hw_v2=0; grep -q 'SOC_I2S_HW_VERSION_2' "$header" && hw_v2=1
    # i2s_mclk_multiple_t lives in hal/i2s_types.h (v4.4, v5.2+) or driver/i2s_types.h (v5.0, v5.1).
    multiples="$(for types_h in $(git -C "$idf" ls-tree -r --name-only "$tag" components | grep -E '/i2s_types\.h$'); do
        show "$tag" "$types_h"; done | { grep -oE 'I2S_MCLK_MULTIPLE_[0-9]+ *= *[0-9]+' || true; } | sed -E 's/.*= *//' | sort -n -u | tr '\n' ' ')"
    [ -n "$multiples" ] || { echo "generate.sh: no i2s_mclk_multiple_t in $tag" >&2; exit 1; }

    # shellcheck disable=SC2086
    "$cc" -std=gnu11 -O1 -fwrapv -ffp-contract=off -w -I"$here/harness" -I"$dir" \
        -DHARNESS_XTAL_HZ="$xtal" -DHARNESS_DEFAULT_SRC="$default_src" -DHARNESS_HW_V2="$hw_v2" \
        -DHARNESS_WITH_APLL="$with_apll" $variant -o "$dir/harness" "$here/harness/harness.c" -lm
    # shellcheck disable=SC2086
    "$dir/harness" $multiples >"$out/$name.csv"
    echo "$name: $(($(wc -l <"$out/$name.csv") - 1)) rows ($tag, $chip, $driver, ${variant#-D}, multiples: $multiples)"
done
