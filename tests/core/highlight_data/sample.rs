//! A tiny template engine used by the report tool.
//!
//! Inner doc comments, outer doc comments and nested block comments are all
//! exercised in this file.

/* A block comment /* with a nested block comment */ that continues
   after the inner one closed, and only ends here: */

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt::{self, Display, Write as _};

/// Default template, stored as a raw string so quotes and backslashes
/// need no escaping.
const DEFAULT_TEMPLATE: &str = r#"<!doctype html>
<html>
  <head><title>{{ title }}</title></head>
  <body class="report">
    <h1>{{ title }}</h1>
    <p>Path on Windows: C:\reports\{{ name }}.html</p>
    <pre>"quoted" and 'single' are fine in raw strings</pre>
  </body>
</html>
"#;

/// A raw string that itself contains `"#`, so it needs two hashes.
const TRICKY: &str = r##"He wrote r#"inner"# and moved on."##;

const BYTES: &[u8] = b"binary\x00data\n";
const RAW_BYTES: &[u8] = br"no \escapes here";
const C_STR: &std::ffi::CStr = c"nul-terminated";
const ESCAPES: &str = "tab\there, quote \" and unicode \u{1F600} \
                       continued on the next line";

#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    Text(Cow<'a, str>),
    Number(f64),
    List(Vec<Value<'a>>),
}

impl Display for Value<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Text(s) => write!(f, "{s}"),
            Value::Number(n) if n.fract() == 0.0 => write!(f, "{}", *n as i64),
            Value::Number(n) => write!(f, "{n:.2}"),
            Value::List(items) => {
                f.write_char('[')?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{item}")?;
                }
                f.write_char(']')
            }
        }
    }
}

#[derive(Debug)]
pub enum TemplateError {
    Unclosed { offset: usize },
    Missing(String),
}

impl fmt::Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unclosed { offset } => write!(f, "unclosed tag at byte {offset}"),
            Self::Missing(key) => write!(f, "missing value for {key:?}"),
        }
    }
}

impl std::error::Error for TemplateError {}

/// Builds a context map: `context! { "a" => 1.0, "b" => "text" }`.
macro_rules! context {
    () => { HashMap::new() };
    ($($key:literal => $value:expr),+ $(,)?) => {{
        let mut map: HashMap<&'static str, Value<'_>> = HashMap::new();
        $( map.insert($key, Value::from($value)); )+
        map
    }};
}

impl<'a> From<&'a str> for Value<'a> {
    fn from(s: &'a str) -> Self {
        Value::Text(Cow::Borrowed(s))
    }
}

impl From<String> for Value<'_> {
    fn from(s: String) -> Self {
        Value::Text(Cow::Owned(s))
    }
}

impl From<f64> for Value<'_> {
    fn from(n: f64) -> Self {
        Value::Number(n)
    }
}

impl<'a, T: Into<Value<'a>>> From<Vec<T>> for Value<'a> {
    fn from(items: Vec<T>) -> Self {
        Value::List(items.into_iter().map(Into::into).collect())
    }
}

pub struct Template<'src> {
    source: &'src str,
    pieces: Vec<Piece<'src>>,
}

#[derive(Debug, Clone, Copy)]
enum Piece<'src> {
    Literal(&'src str),
    Tag(&'src str),
}

impl<'src> Template<'src> {
    pub fn parse(source: &'src str) -> Result<Self, TemplateError> {
        let mut pieces = Vec::new();
        let mut rest = source;
        while let Some(start) = rest.find("{{") {
            let (lit, after) = rest.split_at(start);
            if !lit.is_empty() {
                pieces.push(Piece::Literal(lit));
            }
            let Some(end) = after.find("}}") else {
                return Err(TemplateError::Unclosed {
                    offset: source.len() - after.len(),
                });
            };
            pieces.push(Piece::Tag(after[2..end].trim()));
            rest = &after[end + 2..];
        }
        if !rest.is_empty() {
            pieces.push(Piece::Literal(rest));
        }
        Ok(Template { source, pieces })
    }

    pub fn render<'v>(&self, ctx: &HashMap<&str, Value<'v>>) -> Result<String, TemplateError> {
        let mut out = String::with_capacity(self.source.len());
        for piece in &self.pieces {
            match *piece {
                Piece::Literal(text) => out.push_str(text),
                Piece::Tag(key) => {
                    let value = ctx
                        .get(key)
                        .ok_or_else(|| TemplateError::Missing(key.to_owned()))?;
                    write!(out, "{value}").expect("writing to a String cannot fail");
                }
            }
        }
        Ok(out)
    }
}

fn longest<'a, 'b: 'a>(x: &'a str, y: &'b str) -> &'a str {
    if x.len() >= y.len() { x } else { y }
}

fn apply<F>(values: &mut [f64], f: F)
where
    F: Fn(f64) -> f64,
{
    values.iter_mut().for_each(|v| *v = f(*v));
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let template = Template::parse(DEFAULT_TEMPLATE)?;
    let ctx = context! {
        "title" => "Quarterly \"numbers\"",
        "name" => String::from("q3"),
    };
    println!("{}", template.render(&ctx)?);

    let mut numbers = [1.0_f64, 2.5, 1e3, 0x1F as f64, 0b1010 as f64, 0o17 as f64];
    apply(&mut numbers, |n| (n * 1.5).round());
    let list: Value<'static> = numbers.to_vec().into();
    println!("{list} {} {}", longest("short", "longer one"), TRICKY);

    'outer: for (i, b) in BYTES.iter().enumerate() {
        for _ in 0..*b {
            if i > 3 {
                break 'outer;
            }
        }
    }

    let label = match numbers.len() {
        0 => "empty",
        1..=3 => "few",
        n if n % 2 == 0 => "even many",
        _ => "odd many",
    };
    let ch = '\'';
    let lifetime_lookalike = 'a';
    eprintln!(
        "{label} {ch} {lifetime_lookalike} {:?} {:?} {ESCAPES}",
        RAW_BYTES, C_STR
    );
    assert_eq!(Template::parse("{{ oops").err().map(|e| e.to_string()),
               Some(String::from("unclosed tag at byte 0")));
    Ok(())
}
