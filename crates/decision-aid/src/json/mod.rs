//! The aid's JSON: the procedure the generator embeds in the page, and the
//! record a practitioner saves, keeps as a draft and opens again.
//!
//! In the browser the text is the browser's own business (`JSON.parse`,
//! `JSON.stringify`); [`FromJson`] and [`ToJson`] only move values between
//! JavaScript objects and the model's types. serde's derives did this job in
//! about a fifth of the aid's wasm (35 KB of 177 KB gzip, measured), which
//! put the aid over its size budget. Natively the same code runs over
//! `serde_json::Value`, so tests check it against the generator's real output.

#[cfg(target_arch = "wasm32")]
mod browser;
mod model;
#[cfg(not(target_arch = "wasm32"))]
mod native;

/// The JSON value of the platform: a `JsValue` in the browser,
/// a `serde_json::Value` in native tests.
#[cfg(target_arch = "wasm32")]
pub type Value = wasm_bindgen::JsValue;
#[cfg(not(target_arch = "wasm32"))]
pub type Value = serde_json::Value;

/// What the mapping needs of a JSON value, reading and writing.
pub trait JsonValue: Sized {
    fn parse(text: &str) -> Option<Self>;
    /// Indented by two spaces: saved records are meant to be readable.
    fn stringify(&self) -> String;
    /// An object's field; `None` when the field is missing.
    fn field(&self, name: &str) -> Option<Self>;
    /// `null` (or, in the browser, `undefined`).
    fn is_absent(&self) -> bool;
    /// An object with named fields (not an array).
    fn is_map(&self) -> bool;
    fn text(&self) -> Option<String>;
    fn boolean(&self) -> Option<bool>;
    fn whole_number(&self) -> Option<u32>;
    fn items(&self) -> Option<Vec<Self>>;
    fn entries(&self) -> Option<Vec<(String, Self)>>;

    fn null() -> Self;
    fn from_text(text: &str) -> Self;
    fn from_bool(value: bool) -> Self;
    fn from_number(value: u32) -> Self;
    fn array(items: Vec<Self>) -> Self;
    fn object<'a>(fields: impl IntoIterator<Item = (&'a str, Self)>) -> Self;
}

/// A value read from JSON; `None` when the JSON does not have its shape.
pub trait FromJson: Sized {
    fn from_json(value: &Value) -> Option<Self>;

    /// Reading an object's field that may be missing: only `Option` allows it.
    fn from_field(value: Option<Value>) -> Option<Self> {
        Self::from_json(&value?)
    }
}

pub trait ToJson {
    fn to_json(&self) -> Value;
}

/// Read `text` as a `T`.
pub fn read<T: FromJson>(text: &str) -> Option<T> {
    T::from_json(&Value::parse(text)?)
}

/// `value` as indented JSON text.
pub fn write<T: ToJson>(value: &T) -> String {
    value.to_json().stringify()
}

/// `FromJson` and `ToJson` for a struct as serde writes it: an object with a
/// field for each field, named alike. The struct literal makes the compiler
/// insist that every field is listed. With `defaults`, a missing field takes
/// its type's default value.
macro_rules! json_object {
    ($ty:ident { $($field:ident),* $(,)? }) => {
        impl $crate::json::FromJson for $ty {
            fn from_json(value: &$crate::json::Value) -> Option<Self> {
                use $crate::json::JsonValue as _;
                Some($ty {
                    $($field: $crate::json::FromJson::from_field(
                        value.field(stringify!($field)),
                    )?,)*
                })
            }
        }
        $crate::json::json_object!(@write $ty { $($field),* });
    };
    ($ty:ident defaults { $($field:ident),* $(,)? }) => {
        impl $crate::json::FromJson for $ty {
            fn from_json(value: &$crate::json::Value) -> Option<Self> {
                use $crate::json::JsonValue as _;
                if !value.is_map() {
                    return None;
                }
                Some($ty {
                    $($field: match value.field(stringify!($field)) {
                        Some(v) => $crate::json::FromJson::from_json(&v)?,
                        None => Default::default(),
                    },)*
                })
            }
        }
        $crate::json::json_object!(@write $ty { $($field),* });
    };
    (@write $ty:ident { $($field:ident),* }) => {
        impl $crate::json::ToJson for $ty {
            fn to_json(&self) -> $crate::json::Value {
                use $crate::json::JsonValue as _;
                $crate::json::Value::object([
                    $((stringify!($field), $crate::json::ToJson::to_json(&self.$field)),)*
                ])
            }
        }
    };
}
pub(crate) use json_object;

/// `FromJson` and `ToJson` for an enum of plain names, as serde writes it
/// with `rename_all = "kebab-case"`.
macro_rules! json_names {
    ($ty:ident { $($variant:ident = $name:literal),* $(,)? }) => {
        impl $crate::json::FromJson for $ty {
            fn from_json(value: &$crate::json::Value) -> Option<Self> {
                use $crate::json::JsonValue as _;
                match value.text()?.as_str() {
                    $($name => Some($ty::$variant),)*
                    _ => None,
                }
            }
        }
        impl $crate::json::ToJson for $ty {
            fn to_json(&self) -> $crate::json::Value {
                use $crate::json::JsonValue as _;
                $crate::json::Value::from_text(match self {
                    $($ty::$variant => $name,)*
                })
            }
        }
    };
}
pub(crate) use json_names;

impl FromJson for String {
    fn from_json(value: &Value) -> Option<Self> {
        value.text()
    }
}

impl ToJson for String {
    fn to_json(&self) -> Value {
        Value::from_text(self)
    }
}

impl FromJson for bool {
    fn from_json(value: &Value) -> Option<Self> {
        value.boolean()
    }
}

impl ToJson for bool {
    fn to_json(&self) -> Value {
        Value::from_bool(*self)
    }
}

impl FromJson for u32 {
    fn from_json(value: &Value) -> Option<Self> {
        value.whole_number()
    }
}

impl ToJson for u32 {
    fn to_json(&self) -> Value {
        Value::from_number(*self)
    }
}

/// Missing or `null` is `None`, as serde reads an `Option` field.
impl<T: FromJson> FromJson for Option<T> {
    fn from_json(value: &Value) -> Option<Self> {
        if value.is_absent() {
            Some(None)
        } else {
            T::from_json(value).map(Some)
        }
    }

    fn from_field(value: Option<Value>) -> Option<Self> {
        match value {
            None => Some(None),
            Some(v) => Self::from_json(&v),
        }
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn to_json(&self) -> Value {
        self.as_ref().map_or_else(Value::null, T::to_json)
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: &Value) -> Option<Self> {
        // A plain loop: `collect` into `Option` cost more wasm per type.
        let items = value.items()?;
        let mut read = Vec::with_capacity(items.len());
        for item in &items {
            read.push(T::from_json(item)?);
        }
        Some(read)
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self) -> Value {
        Value::array(self.iter().map(T::to_json).collect())
    }
}

impl FromJson for std::collections::BTreeMap<String, String> {
    fn from_json(value: &Value) -> Option<Self> {
        // Inserting one by one: collecting would bring in a sort.
        let mut map = Self::new();
        for (k, v) in value.entries()? {
            map.insert(k, v.text()?);
        }
        Some(map)
    }
}

impl ToJson for std::collections::BTreeMap<String, String> {
    fn to_json(&self) -> Value {
        Value::object(self.iter().map(|(k, v)| (k.as_str(), Value::from_text(v))))
    }
}

/// Months are `2026-11`, as the model's serde writes them.
impl FromJson for stagehand_model::Month {
    fn from_json(value: &Value) -> Option<Self> {
        Self::parse(&value.text()?)
    }
}

impl ToJson for stagehand_model::Month {
    fn to_json(&self) -> Value {
        Value::from_text(&self.to_string())
    }
}

/// Dates are ISO text, `2026-12-30`, as chrono's serde writes them.
impl FromJson for chrono::NaiveDate {
    fn from_json(value: &Value) -> Option<Self> {
        stagehand_model::iso_date::parse(&value.text()?)
    }
}

impl ToJson for chrono::NaiveDate {
    fn to_json(&self) -> Value {
        Value::from_text(&self.to_string())
    }
}
