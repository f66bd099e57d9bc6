//! `serde_json::Value` as the aid's JSON value, for native tests.

use super::JsonValue;
use serde_json::{Map, Value};

impl JsonValue for Value {
    fn parse(text: &str) -> Option<Self> {
        serde_json::from_str(text).ok()
    }

    fn stringify(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    fn field(&self, name: &str) -> Option<Self> {
        self.get(name).cloned()
    }

    fn is_absent(&self) -> bool {
        self.is_null()
    }

    fn is_map(&self) -> bool {
        self.is_object()
    }

    fn text(&self) -> Option<String> {
        self.as_str().map(str::to_owned)
    }

    fn boolean(&self) -> Option<bool> {
        self.as_bool()
    }

    fn whole_number(&self) -> Option<u32> {
        u32::try_from(self.as_u64()?).ok()
    }

    fn items(&self) -> Option<Vec<Self>> {
        self.as_array().cloned()
    }

    fn entries(&self) -> Option<Vec<(String, Self)>> {
        Some(self.as_object()?.clone().into_iter().collect())
    }

    fn null() -> Self {
        Value::Null
    }

    fn from_text(text: &str) -> Self {
        Value::from(text)
    }

    fn from_bool(value: bool) -> Self {
        Value::from(value)
    }

    fn from_number(value: u32) -> Self {
        Value::from(value)
    }

    fn array(items: Vec<Self>) -> Self {
        Value::Array(items)
    }

    fn object<'a>(fields: impl IntoIterator<Item = (&'a str, Self)>) -> Self {
        Value::Object(
            fields
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v))
                .collect::<Map<_, _>>(),
        )
    }
}
