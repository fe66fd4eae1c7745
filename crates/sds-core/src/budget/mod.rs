//! The budget engine (budget-rules.md). Placeholder: being written.
