#!/usr/bin/env python3
"""One-off, for merging the "text as data" change: rewrites calls of the old
catalogue's function fields to the generated methods, in the .rs files given
(default: every tracked .rs file under crates/ outside src/text/). Safe to
run again. Delete once merged. Then run cargo fmt --all.

  (t.hub_progress)(a, b)          ->  t.hub_progress(&a, &b)
  t.hub_progress(a, b)            ->  t.hub_progress(&a, &b)   (each argument borrowed once)
  (o.fit_reason)(q, a, id)        ->  o.fit_reason(q, a, id)   (typed: characters_over,
                                                                fits_not_sure, years_old too)
  .map(t.story.characters_over)   ->  .map(|over| t.story.characters_over(over))
  .map(s.plan_length)             ->  .map(|weeks| s.plan_length(&weeks))
  o.why_count(typed, MAX_WHY_CHARS) -> o.why_count(&t.locale.thousands(typed), &t.locale.thousands(MAX_WHY_CHARS))
  o.chart_mix_yours(&numbers)     ->  o.chart_mix_yours(&t.locale.and_list(&numbers))
  t.summary.made_on(&long_date(today)) -> t.summary.made_on(&t.locale.long_date(today))
  the choice between s.idea_costs_pa and s.idea_costs as values -> two calls

The borrowing pass only touches calls on receivers named t, s, o or EN
(with any fields after), the names the code gives the catalogue.
"""
import re
import subprocess
import sys

# Sentences with placeholders: their methods take each argument as &dyn Display.
TEMPLATES = """about_a_week above_minimum at_once bad_day because_bad_day because_feeling
budget_option_label buys_nothing buys_rate_hint buys_result buys_weeks_hint chart_level
chart_mix_range chart_mix_yours costs_estimate_for council_pa_rate council_provider_rates
cover_for cover_reminder default_is difference error_empty error_more_than_plan
error_negative error_not_a_number error_not_whole error_pennies error_places error_too_large
error_too_small good_day hours_a_week hub_progress idea_costs idea_costs_pa left
local_council_contact made_on more_good_days ni_after_allowance outcome_number over
pa_below_minimum pa_rate_hint pence_hint plan_for plan_length plan_total remove_title source
suggest_child_part suggest_friends suggest_home suggest_more_of suggest_out
suggest_parent_part suggest_school suggest_sibling_part suggestion_why tax_year title_for
untitled_outcome weeks_hint what_you_said why_count""".split()
# Written by hand with typed arguments: called as they are.
TYPED = ["fit_reason", "characters_over", "fits_not_sure", "years_old"]

PATH = r"(?:[A-Za-z_][A-Za-z0-9_]*::)*[A-Za-z_][A-Za-z0-9_]*(?:\.[a-z_][a-z0-9_]*)*"
NAMES = "|".join(TEMPLATES + TYPED)
RECEIVER = r"\b(?:t|s|o|EN)(?:\.[a-z_][a-z0-9_]*)*"


def unwrap(src):
    return re.sub(r"\((" + PATH + r")\.(" + NAMES + r")\)\(", r"\1.\2(", src)


def specials(src):
    src = re.sub(r"\.map\(([a-z_.]*)\.characters_over\)", r".map(|over| \1.characters_over(over))", src)
    src = re.sub(r"\.map\(([a-z_.]*)\.plan_length\)", r".map(|weeks| \1.plan_length(weeks))", src)
    src = src.replace(".why_count(typed, MAX_WHY_CHARS)",
                      ".why_count(t.locale.thousands(typed), t.locale.thousands(MAX_WHY_CHARS))")
    src = src.replace(".chart_mix_yours(&numbers)", ".chart_mix_yours(t.locale.and_list(&numbers))")
    src = src.replace(".made_on(&long_date(today))", ".made_on(t.locale.long_date(today))")
    src = re.sub(
        r"( *)let words = if costed\.pa\.is_some\(\) \{\n(\s*)s\.idea_costs_pa\n(\s*)\} else \{\n"
        r"(\s*)s\.idea_costs\n(\s*)\};\n(\s*)\(Some\(words\(&money\(costed\.total\)\)\), None\)",
        r"\1let amount = money(costed.total);\n\1let words = if costed.pa.is_some() {\n"
        r"\2s.idea_costs_pa(&amount)\n\3} else {\n\4s.idea_costs(&amount)\n\5};\n\6(Some(words), None)",
        src)
    return src


def arguments(src, start):
    """The top-level argument spans of the call whose ( is at start."""
    depth, spans, begin, i = 0, [], start + 1, start
    in_str = False
    while i < len(src):
        c = src[i]
        if in_str:
            if c == "\\":
                i += 1
            elif c == '"':
                in_str = False
        elif c == '"':
            in_str = True
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth == 0:
                spans.append((begin, i))
                return spans, i
        elif c == "," and depth == 1:
            spans.append((begin, i))
            begin = i + 1
        i += 1
    return None, None


def spaced(expr):
    """Whether an expression has a space outside brackets and strings, like
    `n + 1`: it is then borrowed in parentheses."""
    depth, in_str = 0, False
    for c in expr.strip():
        if in_str:
            in_str = c != '"'
        elif c == '"':
            in_str = True
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c.isspace() and depth == 0:
            return True
    return False


def borrow(src):
    out, pos = [], 0
    for m in re.finditer(r"(" + RECEIVER + r")\.(" + "|".join(TEMPLATES) + r")\(", src):
        if m.start() < pos:
            continue
        spans, end = arguments(src, m.end() - 1)
        if spans is None:
            continue
        out.append(src[pos:m.end()])
        last = m.end()
        for a, b in spans:
            arg = src[a:b]
            stripped = arg.lstrip()
            if not stripped:
                out.append(src[last:b])
            else:
                lead = arg[: len(arg) - len(stripped)]
                inner = borrow(stripped)
                if not inner.startswith("&"):
                    inner = "&(" + inner + ")" if spaced(inner) else "&" + inner
                out.append(src[last:a] + lead + inner)
            last = b
        out.append(src[last:end + 1])
        pos = end + 1
    out.append(src[pos:])
    return "".join(out)


def main():
    files = sys.argv[1:] or [
        f for f in subprocess.run(["git", "ls-files", "crates/*.rs"], capture_output=True,
                                  text=True, check=True).stdout.split()
        if not f.startswith("crates/sds-core/src/text/")
    ]
    for name in files:
        with open(name, encoding="utf-8") as f:
            before = f.read()
        after = borrow(specials(unwrap(before)))
        if after != before:
            with open(name, "w", encoding="utf-8") as f:
                f.write(after)
            print("rewrote", name)


if __name__ == "__main__":
    main()
