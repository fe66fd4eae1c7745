#!/usr/bin/env bash
# One-off, for merging the "text as data" change: rewrites calls of the old
# catalogue's function fields to the generated methods, in the .rs files
# given (default: every .rs file under crates/ but the text module). Safe to
# run again: rewritten code no longer matches. Delete once merged.
#
#   (t.hub_progress)(a, b)      ->  t.hub_progress(a, b)
#   .map(t.story.characters_over) -> .map(|over| t.story.characters_over(over))
#   .map(s.plan_length)         ->  .map(|weeks| s.plan_length(weeks))
#   o.why_count(typed, MAX)     ->  o.why_count(t.locale.thousands(typed), t.locale.thousands(MAX))
#   o.chart_mix_yours(&numbers) ->  o.chart_mix_yours(t.locale.and_list(&numbers))
#   t.summary.made_on(&long_date(today)) -> t.summary.made_on(t.locale.long_date(today))
#   the choice between s.idea_costs_pa and s.idea_costs as values -> two calls
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$#" -eq 0 ]; then
  mapfile -t files < <(git ls-files 'crates/*.rs' | grep -v '^crates/sds-core/src/text/')
else
  files=("$@")
fi
names='hub_progress|plan_for|local_council_contact|chart_mix_yours|chart_mix_range|chart_level|fits_not_sure|what_you_said|fit_reason|why_count|untitled_outcome|suggestion_why|because_bad_day|because_feeling|suggest_child_part|suggest_parent_part|suggest_sibling_part|suggest_home|suggest_school|suggest_friends|suggest_out|suggest_more_of|characters_over|title_for|made_on|years_old|outcome_number|good_day|bad_day|difference|more_good_days|costs_estimate_for|tax_year|plan_length|remove_title|idea_costs|idea_costs_pa|pa_rate_hint|council_pa_rate|council_provider_rates|weeks_hint|pence_hint|pa_below_minimum|error_empty|error_not_a_number|error_negative|error_not_whole|error_pennies|error_places|error_too_small|error_too_large|error_more_than_plan|ni_after_allowance|source|about_a_week|plan_total|cover_reminder|cover_for|default_is|at_once|budget_option_label|left|over|buys_rate_hint|buys_weeks_hint|buys_result|buys_nothing|hours_a_week|above_minimum'
perl -0pi -e '
  s/\(((?:[A-Za-z_][A-Za-z0-9_]*::)*[A-Za-z_][A-Za-z0-9_]*(?:\.[a-z_][a-z0-9_]*)*)\.('"$names"')\)\(/$1.$2(/g;
  s/\.map\(([a-z_.]*)\.characters_over\)/.map(|over| $1.characters_over(over))/g;
  s/\.map\(([a-z_.]*)\.plan_length\)/.map(|weeks| $1.plan_length(weeks))/g;
  s/\.why_count\(typed, MAX_WHY_CHARS\)/.why_count(t.locale.thousands(typed), t.locale.thousands(MAX_WHY_CHARS))/g;
  s/\.chart_mix_yours\(&numbers\)/.chart_mix_yours(t.locale.and_list(&numbers))/g;
  s/\.made_on\(&long_date\(today\)\)/.made_on(t.locale.long_date(today))/g;
  s/( *)let words = if costed\.pa\.is_some\(\) \{\n(\s*)s\.idea_costs_pa\n(\s*)\} else \{\n(\s*)s\.idea_costs\n(\s*)\};\n(\s*)\(Some\(words\(&money\(costed\.total\)\)\), None\)/$1let amount = money(costed.total);\n$1let words = if costed.pa.is_some() {\n$2s.idea_costs_pa(&amount)\n$3} else {\n$4s.idea_costs(&amount)\n$5};\n$6(Some(words), None)/g;
' "${files[@]}"
# The generated methods take `impl Display`, so a borrowed String argument
# is needless: clippy drops the `&`. Then format.
export PATH="$HOME/.cargo/bin:$PATH"
cargo clippy --quiet --fix --allow-dirty --allow-staged --workspace --all-targets
cargo clippy --quiet --fix --allow-dirty --allow-staged -p sds-web --target wasm32-unknown-unknown --all-targets
cargo fmt --all
