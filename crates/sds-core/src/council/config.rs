//! A council's local information, from a JSON file its web team hosts
//! (schema: www/council-config.schema.json). Checked field by field: what
//! is good is used, each problem is reported once for the web team, and the
//! tool carries on with national defaults for the rest. Never a panic.

use rust_decimal::Decimal;
use serde_json::{Map, Value};

use crate::budget::{FieldKind, SdsOption, parse_field};
use crate::vocabulary::Keeping;

/// A local organisation: an independent support organisation or an
/// advocacy service.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Organisation {
    pub name: String,
    pub phone: Option<String>,
    pub web: Option<String>,
}

/// Whether an option is available locally, as the council says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalOption {
    pub option: SdsOption,
    pub available: bool,
    pub note: String,
}

impl CouncilConfig {
    /// The council says this option is not currently available in its
    /// area. Saying nothing about an option is not saying it is missing.
    pub fn does_not_offer(&self, option: SdsOption) -> bool {
        self.options
            .iter()
            .any(|o| o.option == option && !o.available)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProviderRate {
    pub name: String,
    pub hourly_rate: Decimal,
}

/// Brand colours, each already checked for contrast.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BrandColours {
    pub primary: Option<String>,
    pub focus: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CouncilConfig {
    pub council_name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub web: Option<String>,
    pub support_organisations: Vec<Organisation>,
    pub advocacy_services: Vec<Organisation>,
    /// The local carers centre, for carers' own support (sds-facts.md §12).
    pub carers_centre: Option<Organisation>,
    pub options: Vec<LocalOption>,
    pub options_note: String,
    pub pa_hourly_rate: Option<Decimal>,
    pub pa_rate_covers: String,
    pub provider_rates: Vec<ProviderRate>,
    pub mileage_pence_a_mile: Option<Decimal>,
    pub eligibility_web: Option<String>,
    pub default_keeping: Keeping,
    pub colours: BrandColours,
}

impl BrandColours {
    /// CSS custom property declarations for the loader to put on the
    /// shadow root (or the frame page's root). Only colours that passed the
    /// checks above ever reach here.
    pub fn css(&self) -> String {
        let mut rules = String::new();
        if let Some(primary) = &self.primary {
            rules.push_str(&format!(
                "--sds-button: {primary}; --sds-brand: {primary}; --sds-link: {primary}; "
            ));
        }
        if let Some(focus) = &self.focus {
            rules.push_str(&format!("--sds-focus: {focus}; "));
        }
        rules.trim_end().to_owned()
    }
}

/// One thing wrong with a configuration, where it is, for the web team.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigProblem {
    /// Where in the file, like "contact.web" or "support_organisations[1].name".
    pub at: String,
    pub kind: ProblemKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// The file could not be fetched (the shell says why).
    Unreachable(String),
    NotJson(String),
    NotAnObject,
    UnknownField,
    WrongType {
        expected: &'static str,
    },
    TooLong {
        max: usize,
    },
    UnsafeUrl,
    NotAnEmail,
    NotAPhoneNumber,
    BadNumber,
    NotAColour,
    LowContrast {
        ratio_tenths: u32,
        needed_tenths: u32,
    },
    UnknownValue {
        allowed: &'static str,
    },
    /// Characters that reverse or hide text (a right-to-left override, a
    /// zero-width space): they can make a link or a name show something
    /// other than what it is.
    HiddenCharacters,
}

impl ConfigProblem {
    fn new(at: impl Into<String>, kind: ProblemKind) -> ConfigProblem {
        ConfigProblem {
            at: at.into(),
            kind,
        }
    }

    /// The console message for the council's web team.
    pub fn console_message(&self) -> String {
        let what = match &self.kind {
            ProblemKind::Unreachable(why) => format!("could not be loaded ({why})"),
            ProblemKind::NotJson(why) => format!("is not valid JSON ({why})"),
            ProblemKind::NotAnObject => "must be a JSON object".to_owned(),
            ProblemKind::UnknownField => "is not a known setting; it was ignored".to_owned(),
            ProblemKind::WrongType { expected } => format!("must be {expected}; it was ignored"),
            ProblemKind::TooLong { max } => {
                format!("is longer than {max} characters; it was ignored")
            }
            ProblemKind::UnsafeUrl => {
                "must be a web address starting https://; it was ignored".to_owned()
            }
            ProblemKind::NotAnEmail => {
                "must be an email address like sds@council.gov.uk; it was ignored".to_owned()
            }
            ProblemKind::NotAPhoneNumber => {
                "must be a phone number (digits, spaces, + and brackets); it was ignored".to_owned()
            }
            ProblemKind::BadNumber => {
                "must be an amount within the tool's bounds; it was ignored".to_owned()
            }
            ProblemKind::NotAColour => "must be a colour like #0065bd; it was ignored".to_owned(),
            ProblemKind::HiddenCharacters => {
                "contains characters that reverse or hide text (such as a right-to-left override or a zero-width space); it was ignored".to_owned()
            }
            ProblemKind::LowContrast {
                ratio_tenths,
                needed_tenths,
            } => format!(
                "has a contrast ratio of {}.{}:1, below the {}.{}:1 WCAG 2.2 AA needs; the default colour is used",
                ratio_tenths / 10,
                ratio_tenths % 10,
                needed_tenths / 10,
                needed_tenths % 10
            ),
            ProblemKind::UnknownValue { allowed } => {
                format!("must be one of {allowed}; it was ignored")
            }
        };
        format!("SDS Explorer council configuration: {} {}", self.at, what)
    }
}

/// The configuration as far as it could be read, and every problem found.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ConfigReading {
    pub config: Option<CouncilConfig>,
    pub problems: Vec<ConfigProblem>,
}

impl ConfigReading {
    /// No configuration was named: national defaults, nothing to report.
    pub fn none() -> ConfigReading {
        ConfigReading::default()
    }

    pub fn unreachable(at: &str, why: &str) -> ConfigReading {
        ConfigReading {
            config: None,
            problems: vec![ConfigProblem::new(
                at,
                ProblemKind::Unreachable(why.to_owned()),
            )],
        }
    }
}

const MAX_NAME: usize = 120;
const MAX_NOTE: usize = 1_000;
const MAX_URL: usize = 500;
const MAX_LIST: usize = 20;
/// Text on a button or link in the brand colour, and the black text on the
/// focus colour, must meet WCAG 2.2 AA for normal text.
const NEEDED_CONTRAST_TENTHS: u32 = 45;

/// Reads a configuration file's text.
pub fn read_config(text: &str) -> ConfigReading {
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(error) => {
            return ConfigReading {
                config: None,
                problems: vec![ConfigProblem::new(
                    "the file",
                    ProblemKind::NotJson(error.to_string()),
                )],
            };
        }
    };
    let Value::Object(fields) = value else {
        return ConfigReading {
            config: None,
            problems: vec![ConfigProblem::new("the file", ProblemKind::NotAnObject)],
        };
    };
    let mut reader = Reader::default();
    let mut config = CouncilConfig::default();
    for (key, value) in &fields {
        match key.as_str() {
            "$schema" => {}
            "council_name" => {
                config.council_name = reader.text(key, value, MAX_NAME).unwrap_or_default()
            }
            "contact" => reader.object(key, value, |r, at, f| {
                for (k, v) in f {
                    let at = format!("{at}.{k}");
                    match k.as_str() {
                        "phone" => config.phone = r.phone(&at, v),
                        "email" => config.email = r.email(&at, v),
                        "web" => config.web = r.url(&at, v),
                        _ => r.problem(at, ProblemKind::UnknownField),
                    }
                }
            }),
            "support_organisations" => {
                config.support_organisations = reader.organisations(key, value)
            }
            "advocacy_services" => config.advocacy_services = reader.organisations(key, value),
            "carers_centre" => config.carers_centre = reader.organisation(key, value),
            "options" => reader.object(key, value, |r, at, f| {
                for (k, v) in f {
                    let at = format!("{at}.{k}");
                    let option = match k.as_str() {
                        "option_1" => Some(SdsOption::Option1),
                        "option_2" => Some(SdsOption::Option2),
                        "option_3" => Some(SdsOption::Option3),
                        "note" => {
                            config.options_note = r.text(&at, v, MAX_NOTE).unwrap_or_default();
                            None
                        }
                        _ => {
                            r.problem(at.clone(), ProblemKind::UnknownField);
                            None
                        }
                    };
                    if let Some(option) = option
                        && let Some(local) = r.local_option(&at, v, option)
                    {
                        config.options.push(local);
                    }
                }
            }),
            "rates" => reader.object(key, value, |r, at, f| {
                for (k, v) in f {
                    let at = format!("{at}.{k}");
                    match k.as_str() {
                        "pa_hourly_rate" => {
                            config.pa_hourly_rate = r.amount(&at, v, FieldKind::HourlyRate)
                        }
                        "pa_rate_covers" => {
                            config.pa_rate_covers = r.text(&at, v, MAX_NOTE).unwrap_or_default()
                        }
                        "mileage_pence_a_mile" => {
                            config.mileage_pence_a_mile = r.amount(&at, v, FieldKind::PenceAMile)
                        }
                        "provider_rates" => config.provider_rates = r.provider_rates(&at, v),
                        _ => r.problem(at, ProblemKind::UnknownField),
                    }
                }
            }),
            "eligibility_web" => config.eligibility_web = reader.url(key, value),
            "default_saving" => match value.as_str() {
                Some("device") => config.default_keeping = Keeping::OnThisDevice,
                Some("session") => config.default_keeping = Keeping::SessionOnly,
                _ => reader.problem(
                    key.clone(),
                    ProblemKind::UnknownValue {
                        allowed: "\"device\" or \"session\"",
                    },
                ),
            },
            "colours" => reader.object(key, value, |r, at, f| {
                for (k, v) in f {
                    let at = format!("{at}.{k}");
                    match k.as_str() {
                        // White text on the primary colour (buttons, header).
                        "primary" => config.colours.primary = r.colour(&at, v, WHITE),
                        // Dark text on the focus colour (the focus highlight).
                        "focus" => config.colours.focus = r.colour(&at, v, TEXT),
                        _ => r.problem(at, ProblemKind::UnknownField),
                    }
                }
            }),
            _ => reader.problem(key.clone(), ProblemKind::UnknownField),
        }
    }
    ConfigReading {
        config: Some(config),
        problems: reader.problems,
    }
}

const WHITE: (u8, u8, u8) = (0xff, 0xff, 0xff);
const TEXT: (u8, u8, u8) = (0x0b, 0x0c, 0x0c);

#[derive(Default)]
struct Reader {
    problems: Vec<ConfigProblem>,
}

impl Reader {
    fn problem(&mut self, at: String, kind: ProblemKind) {
        self.problems.push(ConfigProblem { at, kind });
    }

    fn object(
        &mut self,
        at: &str,
        value: &Value,
        read: impl FnOnce(&mut Reader, &str, &Map<String, Value>),
    ) {
        match value {
            Value::Object(fields) => read(self, at, fields),
            _ => self.problem(
                at.to_owned(),
                ProblemKind::WrongType {
                    expected: "an object",
                },
            ),
        }
    }

    fn text(&mut self, at: &str, value: &Value, max: usize) -> Option<String> {
        let Some(text) = value.as_str() else {
            self.problem(at.to_owned(), ProblemKind::WrongType { expected: "text" });
            return None;
        };
        if text.chars().count() > max {
            self.problem(at.to_owned(), ProblemKind::TooLong { max });
            return None;
        }
        if text.chars().any(hides_or_reverses_text) {
            self.problem(at.to_owned(), ProblemKind::HiddenCharacters);
            return None;
        }
        Some(text.trim().to_owned())
    }

    fn url(&mut self, at: &str, value: &Value) -> Option<String> {
        let url = self.text(at, value, MAX_URL)?;
        let rest = url.strip_prefix("https://").unwrap_or_default();
        // The host a family sees is the host the link goes to: plain
        // letters, digits, dots and hyphens (an international name in its
        // xn-- form), so no look-alike letters.
        let host_ok = rest.split(['/', '?', '#']).next().is_some_and(|host| {
            !host.is_empty()
                && host
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-' || c == ':')
        });
        if host_ok
            && !url
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
        {
            Some(url)
        } else {
            self.problem(at.to_owned(), ProblemKind::UnsafeUrl);
            None
        }
    }

    fn email(&mut self, at: &str, value: &Value) -> Option<String> {
        let email = self.text(at, value, MAX_NAME)?;
        let parts: Vec<&str> = email.split('@').collect();
        let ok = parts.len() == 2
            && parts.iter().all(|p| !p.is_empty())
            && parts.get(1).is_some_and(|domain| domain.contains('.'))
            && email
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "@.-_+".contains(c));
        if ok {
            Some(email)
        } else {
            self.problem(at.to_owned(), ProblemKind::NotAnEmail);
            None
        }
    }

    fn phone(&mut self, at: &str, value: &Value) -> Option<String> {
        let phone = self.text(at, value, 40)?;
        let digits = phone.chars().filter(char::is_ascii_digit).count();
        if (6..=15).contains(&digits)
            && phone
                .chars()
                .all(|c| c.is_ascii_digit() || " +()-".contains(c))
        {
            Some(phone)
        } else {
            self.problem(at.to_owned(), ProblemKind::NotAPhoneNumber);
            None
        }
    }

    fn amount(&mut self, at: &str, value: &Value, kind: FieldKind) -> Option<Decimal> {
        let typed = match value {
            Value::Number(n) => n.to_string(),
            Value::String(s) => s.clone(),
            _ => {
                self.problem(
                    at.to_owned(),
                    ProblemKind::WrongType {
                        expected: "a number",
                    },
                );
                return None;
            }
        };
        match parse_field(&typed, kind) {
            Ok(amount) => Some(amount),
            Err(_) => {
                self.problem(at.to_owned(), ProblemKind::BadNumber);
                None
            }
        }
    }

    fn list<'v>(&mut self, at: &str, value: &'v Value) -> &'v [Value] {
        match value {
            Value::Array(items) if items.len() <= MAX_LIST => items,
            Value::Array(_) => {
                self.problem(at.to_owned(), ProblemKind::TooLong { max: MAX_LIST });
                &[]
            }
            _ => {
                self.problem(at.to_owned(), ProblemKind::WrongType { expected: "a list" });
                &[]
            }
        }
    }

    fn organisations(&mut self, at: &str, value: &Value) -> Vec<Organisation> {
        let items = self.list(at, value);
        items
            .iter()
            .enumerate()
            .filter_map(|(n, item)| self.organisation(&format!("{at}[{n}]"), item))
            .collect()
    }

    /// One organisation: its name, and a phone number and web address if
    /// given; `None` without a name.
    fn organisation(&mut self, at: &str, value: &Value) -> Option<Organisation> {
        let mut organisation = Organisation::default();
        self.object(at, value, |r, at, fields| {
            for (k, v) in fields {
                let at = format!("{at}.{k}");
                match k.as_str() {
                    "name" => organisation.name = r.text(&at, v, MAX_NAME).unwrap_or_default(),
                    "phone" => organisation.phone = r.phone(&at, v),
                    "web" => organisation.web = r.url(&at, v),
                    _ => r.problem(at, ProblemKind::UnknownField),
                }
            }
        });
        (!organisation.name.is_empty()).then_some(organisation)
    }

    fn local_option(&mut self, at: &str, value: &Value, option: SdsOption) -> Option<LocalOption> {
        let mut local = LocalOption {
            option,
            available: true,
            note: String::new(),
        };
        let mut ok = true;
        self.object(at, value, |r, at, fields| {
            for (k, v) in fields {
                let at = format!("{at}.{k}");
                match k.as_str() {
                    "available" => match v.as_bool() {
                        Some(available) => local.available = available,
                        None => {
                            ok = false;
                            r.problem(
                                at,
                                ProblemKind::WrongType {
                                    expected: "true or false",
                                },
                            );
                        }
                    },
                    "note" => local.note = r.text(&at, v, MAX_NOTE).unwrap_or_default(),
                    _ => r.problem(at, ProblemKind::UnknownField),
                }
            }
        });
        (ok && value.is_object()).then_some(local)
    }

    fn provider_rates(&mut self, at: &str, value: &Value) -> Vec<ProviderRate> {
        let mut found = Vec::new();
        for (n, item) in self.list(at, value).iter().enumerate() {
            let at = format!("{at}[{n}]");
            let (mut name, mut rate) = (None, None);
            self.object(&at, item, |r, at, fields| {
                for (k, v) in fields {
                    let at = format!("{at}.{k}");
                    match k.as_str() {
                        "name" => name = r.text(&at, v, MAX_NAME),
                        "hourly_rate" => rate = r.amount(&at, v, FieldKind::HourlyRate),
                        _ => r.problem(at, ProblemKind::UnknownField),
                    }
                }
            });
            if let (Some(name), Some(hourly_rate)) = (name, rate) {
                found.push(ProviderRate { name, hourly_rate });
            }
        }
        found
    }

    fn colour(&mut self, at: &str, value: &Value, against: (u8, u8, u8)) -> Option<String> {
        let text = self.text(at, value, 7)?;
        let Some(rgb) = hex_colour(&text) else {
            self.problem(at.to_owned(), ProblemKind::NotAColour);
            return None;
        };
        let ratio_tenths = contrast_tenths(rgb, against);
        if ratio_tenths < NEEDED_CONTRAST_TENTHS {
            self.problem(
                at.to_owned(),
                ProblemKind::LowContrast {
                    ratio_tenths,
                    needed_tenths: NEEDED_CONTRAST_TENTHS,
                },
            );
            return None;
        }
        Some(text.to_ascii_lowercase())
    }
}

/// Bidirectional controls and invisible characters: none belongs in a
/// council's names, numbers or links.
fn hides_or_reverses_text(c: char) -> bool {
    matches!(c,
        '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}')
}

fn hex_colour(text: &str) -> Option<(u8, u8, u8)> {
    let hex = text.strip_prefix('#')?;
    if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let byte = |i: usize| {
        hex.get(i..i + 2)
            .and_then(|h| u8::from_str_radix(h, 16).ok())
    };
    Some((byte(0)?, byte(2)?, byte(4)?))
}

/// WCAG contrast ratio, in tenths and rounded down, so 4.49:1 fails 4.5:1.
/// Colour maths, not money: floating point is right here.
fn contrast_tenths(a: (u8, u8, u8), b: (u8, u8, u8)) -> u32 {
    fn channel(c: u8) -> f64 {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    }
    fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
        0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    }
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    let ratio = (hi + 0.05) / (lo + 0.05);
    // At most 21:1, so the cast cannot overflow.
    (ratio * 10.0).floor() as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::EXAMPLE_COUNCIL;

    fn problems(text: &str) -> Vec<String> {
        read_config(text)
            .problems
            .iter()
            .map(ConfigProblem::console_message)
            .collect()
    }

    #[test]
    fn the_example_council_reads_with_no_problems() {
        let reading = read_config(EXAMPLE_COUNCIL);
        assert_eq!(reading.problems, vec![]);
        let config = reading.config.unwrap();
        assert_eq!(config.council_name, "Loch Fyne Council (an example)");
        assert_eq!(config.phone.as_deref(), Some("01234 567890"));
        assert_eq!(config.email.as_deref(), Some("sds@lochfyne.example"));
        assert_eq!(config.support_organisations.len(), 2);
        assert_eq!(
            config.carers_centre,
            Some(Organisation {
                name: "Loch Fyne Carers Centre".into(),
                phone: Some("01234 555666".into()),
                web: Some("https://carers.lochfyne.example".into()),
            })
        );
        assert_eq!(config.pa_hourly_rate, Some(Decimal::new(1450, 2)));
        assert_eq!(config.default_keeping, Keeping::OnThisDevice);
        let option3 = config
            .options
            .iter()
            .find(|o| o.option == SdsOption::Option3)
            .unwrap();
        assert!(!option3.available);
        assert_eq!(config.colours.primary.as_deref(), Some("#005eb8"));
    }

    #[test]
    fn text_that_is_not_json_is_one_problem_and_no_configuration() {
        let reading = read_config("{ council_name: oops");
        assert_eq!(reading.config, None);
        assert_eq!(reading.problems.len(), 1);
        assert!(
            reading.problems[0]
                .console_message()
                .contains("the file is not valid JSON")
        );
    }

    #[test]
    fn a_list_at_the_top_is_not_an_object() {
        assert_eq!(
            problems("[1,2]"),
            vec!["SDS Explorer council configuration: the file must be a JSON object"]
        );
    }

    #[test]
    fn unknown_fields_and_wrong_types_are_each_reported_and_the_rest_is_kept() {
        let text = r##"{"council_name": "Fife Council", "colour": "#fff", "contact": {"phone": 123, "web": "https://fife.gov.uk/sds"}}"##;
        let reading = read_config(text);
        let config = reading.config.clone().unwrap();
        assert_eq!(config.council_name, "Fife Council");
        assert_eq!(config.web.as_deref(), Some("https://fife.gov.uk/sds"));
        assert_eq!(config.phone, None);
        assert_eq!(
            problems(text),
            vec![
                "SDS Explorer council configuration: colour is not a known setting; it was ignored",
                "SDS Explorer council configuration: contact.phone must be text; it was ignored",
            ]
        );
    }

    #[test]
    fn a_carers_centre_without_a_name_or_with_a_bad_field_is_reported_and_not_shown() {
        let reading = read_config(r#"{"carers_centre": {"phone": "01234 555666", "fax": "1"}}"#);
        assert_eq!(reading.config.unwrap().carers_centre, None);
        assert_eq!(reading.problems.len(), 1, "{:?}", reading.problems);
        assert_eq!(reading.problems[0].at, "carers_centre.fax");
    }

    #[test]
    fn unsafe_addresses_are_refused() {
        for url in [
            "javascript:alert(1)",
            "http://council.gov.uk",
            "https://",
            "https://a b",
            "data:text/html,hi",
            "//evil.example",
        ] {
            let text = format!(r#"{{"eligibility_web": "{url}"}}"#);
            let reading = read_config(&text);
            assert_eq!(reading.config.unwrap().eligibility_web, None, "{url}");
            assert_eq!(reading.problems[0].kind, ProblemKind::UnsafeUrl, "{url}");
        }
    }

    #[test]
    fn text_that_reverses_or_hides_itself_is_refused_naming_the_field() {
        for (at, text) in [
            (
                "contact.web",
                "{\"contact\": {\"web\": \"https://www.moray.gov.uk/\u{202E}gnp.exe\"}}",
            ),
            (
                "contact.phone",
                "{\"contact\": {\"phone\": \"01343 \u{2066}563999\"}}",
            ),
            (
                "eligibility_web",
                "{\"eligibility_web\": \"https://www.moray.gov\u{200B}.uk\"}",
            ),
            (
                "council_name",
                "{\"council_name\": \"Moray \u{202E}Council\"}",
            ),
        ] {
            let reading = read_config(text);
            let problem = &reading.problems[0];
            assert_eq!(problem.at, at);
            assert_eq!(problem.kind, ProblemKind::HiddenCharacters, "{at}");
            assert!(problem.console_message().contains("right-to-left override"));
        }
    }

    #[test]
    fn a_link_to_a_look_alike_host_is_refused() {
        let reading = read_config(r#"{"eligibility_web": "https://www.mоray.gov.uk"}"#);
        assert_eq!(reading.problems[0].kind, ProblemKind::UnsafeUrl);
        let ok =
            read_config(r#"{"eligibility_web": "https://xn--mray-5ve.gov.uk:443/path?x=1#top"}"#);
        assert_eq!(ok.problems, vec![]);
    }

    #[test]
    fn low_contrast_colours_are_refused_with_the_ratio() {
        let text = r##"{"colours": {"primary": "#ffdd00", "focus": "#0b0c0c"}}"##;
        let reading = read_config(text);
        assert_eq!(reading.config.unwrap().colours, BrandColours::default());
        let messages = problems(text);
        assert_eq!(messages.len(), 2);
        assert!(
            messages
                .iter()
                .any(|m| m
                    .contains("colours.primary has a contrast ratio of 1.3:1, below the 4.5:1"))
        );
        assert!(
            messages
                .iter()
                .any(|m| m.contains("colours.focus has a contrast ratio of 1.0:1"))
        );
    }

    #[test]
    fn brand_colours_become_css_variables_for_the_shadow_root() {
        let config = read_config(EXAMPLE_COUNCIL).config.unwrap();
        assert_eq!(
            config.colours.css(),
            "--sds-button: #005eb8; --sds-brand: #005eb8; --sds-link: #005eb8; --sds-focus: #ffdd00;"
        );
        assert_eq!(BrandColours::default().css(), "");
    }

    #[test]
    fn contrast_matches_known_pairs() {
        assert_eq!(contrast_tenths((0, 0, 0), (255, 255, 255)), 210);
        assert_eq!(contrast_tenths((0x1d, 0x70, 0xb8), WHITE), 51);
    }

    #[test]
    fn bad_emails_phones_and_amounts_are_each_a_problem() {
        let text = r#"{"contact": {"email": "not an email", "phone": "call us"}, "rates": {"pa_hourly_rate": -3, "mileage_pence_a_mile": "lots"}}"#;
        let kinds: Vec<ProblemKind> = read_config(text)
            .problems
            .into_iter()
            .map(|p| p.kind)
            .collect();
        assert_eq!(
            kinds,
            vec![
                ProblemKind::NotAnEmail,
                ProblemKind::NotAPhoneNumber,
                ProblemKind::BadNumber,
                ProblemKind::BadNumber
            ]
        );
    }

    #[test]
    fn session_only_saving_can_be_the_default() {
        let config = read_config(r#"{"default_saving": "session"}"#)
            .config
            .unwrap();
        assert_eq!(config.default_keeping, Keeping::SessionOnly);
        assert_eq!(
            problems(r#"{"default_saving": "cloud"}"#),
            vec![
                r#"SDS Explorer council configuration: default_saving must be one of "device" or "session"; it was ignored"#
            ]
        );
    }

    #[test]
    fn an_unreachable_file_is_one_problem() {
        let reading = ConfigReading::unreachable("council.json", "404 Not Found");
        assert_eq!(
            reading.problems[0].console_message(),
            "SDS Explorer council configuration: council.json could not be loaded (404 Not Found)"
        );
    }

    #[test]
    fn over_long_lists_are_refused() {
        let orgs: Vec<String> = (0..21)
            .map(|n| format!(r#"{{"name":"Org {n}"}}"#))
            .collect();
        let text = format!(r#"{{"support_organisations": [{}]}}"#, orgs.join(","));
        let reading = read_config(&text);
        assert!(reading.config.unwrap().support_organisations.is_empty());
        assert_eq!(reading.problems[0].kind, ProblemKind::TooLong { max: 20 });
    }
}
