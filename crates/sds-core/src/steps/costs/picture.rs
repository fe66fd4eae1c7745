//! A picture of the money: one horizontal bar for each option in use and
//! one for the whole plan, each split into what it pays for, against the
//! budget where the family entered one. The shell draws it as SVG from
//! these figures; `text` says the same in words, for anyone who cannot see
//! the picture, and for print.

use super::*;

/// The width the bars are laid out in: positions are in these units, so
/// the picture scales to any width.
pub const PICTURE_WIDTH: u32 = 1000;

/// One part of a bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BarPart {
    pub label: String,
    pub amount: String,
    /// Where the part starts and how wide it is, out of [`PICTURE_WIDTH`].
    pub start: u32,
    pub width: u32,
    /// Which of the shell's fills to use: parts side by side differ.
    pub shade: usize,
}

/// The council's budget, as a line across the bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BudgetMark {
    pub at: u32,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MoneyBar {
    pub label: String,
    pub parts: Vec<BarPart>,
    /// The Employment Allowance: the end of the bar that the government
    /// pays, drawn over the parts it takes off.
    pub taken_off: Option<BarPart>,
    pub budget: Option<BudgetMark>,
    /// The bar in words.
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MoneyPicture {
    pub heading: &'static str,
    pub bars: Vec<MoneyBar>,
}

/// `amount` as a share of `scale`, in picture units (never negative).
fn units(amount: Decimal, scale: Decimal) -> u32 {
    if scale <= Decimal::ZERO || amount <= Decimal::ZERO {
        return 0;
    }
    amount
        .checked_mul(Decimal::from(PICTURE_WIDTH))
        .and_then(|v| v.checked_div(scale))
        .map(|v| v.round())
        .and_then(crate::budget::decimal_to_u32)
        .unwrap_or(0)
        .min(PICTURE_WIDTH)
}

struct Piece {
    label: String,
    amount: Decimal,
}

/// What every bar shares: one scale, the plan's weeks and the words.
struct Layout<'a> {
    scale: Decimal,
    weeks: u32,
    s: &'a SupportText,
}

fn bar(
    layout: &Layout<'_>,
    label: String,
    pieces: Vec<Piece>,
    allowance: Option<Decimal>,
    total: Decimal,
    budget: Option<Decimal>,
) -> MoneyBar {
    let Layout { scale, weeks, s } = *layout;
    let mut parts = Vec::with_capacity(pieces.len());
    let mut running = Decimal::ZERO;
    let mut words = Vec::with_capacity(pieces.len() + 1);
    for (n, piece) in pieces.into_iter().enumerate() {
        let start = units(running, scale);
        running += piece.amount;
        let end = units(running, scale);
        words.push(s.picture_part(&piece.label, &money(piece.amount)));
        parts.push(BarPart {
            label: piece.label,
            amount: money(piece.amount),
            start,
            width: end.saturating_sub(start),
            shade: n % 4,
        });
    }
    let taken_off = allowance.filter(|a| !a.is_zero()).map(|a| {
        let start = units(running - a, scale);
        words.push(s.picture_taken_off(&money(a)));
        BarPart {
            label: s.allowance_heading.to_owned(),
            amount: money(-a),
            start,
            width: units(running, scale).saturating_sub(start),
            shade: 0,
        }
    });
    let mut text = s.picture_bar(&label, &money(total), &weeks, &words.join("; "));
    let budget = budget.map(|amount| {
        let balance = if amount >= total {
            s.picture_left(&money(amount), &money(amount - total))
        } else {
            s.picture_over(&money(amount), &money(total - amount))
        };
        text = format!("{text} {balance}");
        BudgetMark {
            at: units(amount, scale),
            label: s.picture_budget(&money(amount)),
        }
    });
    MoneyBar {
        label,
        parts,
        taken_off,
        budget,
        text,
    }
}

/// The picture for a costed plan; `None` with nothing to draw.
pub fn money_picture(
    budget: &BudgetPlan,
    b: &BudgetBreakdown,
    s: &SupportText,
) -> Option<MoneyPicture> {
    if b.total.is_zero() {
        return None;
    }
    let typed = |scope: BudgetScope| {
        b.budget_checks
            .iter()
            .find(|c| c.scope == scope)
            .and_then(|c| match c.balance {
                Ok(BudgetBalance::Left { budget, .. } | BudgetBalance::Over { budget, .. }) => {
                    Some(budget)
                }
                Err(_) => None,
            })
    };
    let used: Vec<SdsOption> = SdsOption::ONE_TO_THREE
        .into_iter()
        .filter(|o| !b.options.get(*o).is_zero())
        .collect();
    // One scale for every bar, so they compare: the largest of the gross
    // costs (before the allowance) and the budgets.
    let gross_option_1 = b.options.option1.checked_add(
        b.employer
            .as_ref()
            .and_then(|e| e.allowance.as_ref())
            .map_or(Decimal::ZERO, |a| -a.amount),
    )?;
    let mut scale = b.total.max(gross_option_1);
    for check in &b.budget_checks {
        if let Ok(BudgetBalance::Left { budget, .. } | BudgetBalance::Over { budget, .. }) =
            check.balance
        {
            scale = scale.max(budget);
        }
    }
    let layout = Layout {
        scale,
        weeks: b.plan_weeks,
        s,
    };
    let mut bars = Vec::new();
    {
        for option in &used {
            let mut pieces: Vec<Piece> = b
                .lines
                .iter()
                .filter(|l| l.option == Some(*option))
                .filter_map(|l| match &l.result {
                    LineResult::Costed(costed) => Some(Piece {
                        label: budget
                            .lines
                            .iter()
                            .find(|line| line.id == l.id)
                            .map(|line| line_name(budget, line, s))?,
                        amount: costed.total,
                    }),
                    LineResult::Invalid { .. } => None,
                })
                .collect();
            let mut allowance = None;
            if let (SdsOption::Option1, Some(e)) = (option, &b.employer) {
                pieces.push(Piece {
                    label: s.employer_heading.to_owned(),
                    amount: e.costs,
                });
                allowance = e.allowance.as_ref().map(|a| -a.amount);
            }
            bars.push(bar(
                &layout,
                option_name(*option, s).to_owned(),
                pieces,
                allowance,
                b.options.get(*option),
                // With one option, the whole plan's budget is its budget.
                typed(BudgetScope::Option(*option)).or_else(|| {
                    (used.len() == 1)
                        .then(|| typed(BudgetScope::WholePlan))
                        .flatten()
                }),
            ));
        }
    }
    if used.len() > 1 {
        let pieces = used
            .iter()
            .map(|o| Piece {
                label: option_name(*o, s).to_owned(),
                amount: b.options.get(*o),
            })
            .collect();
        bars.push(bar(
            &layout,
            s.whole_plan.to_owned(),
            pieces,
            None,
            b.total,
            typed(BudgetScope::WholePlan),
        ));
    }
    Some(MoneyPicture {
        heading: s.picture_heading,
        bars,
    })
}
