//! `JsValue` as the aid's JSON value: the browser parses and writes the text.

use super::JsonValue;
use js_sys::{Array, JSON, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

impl JsonValue for JsValue {
    fn parse(text: &str) -> Option<Self> {
        JSON::parse(text).ok()
    }

    fn stringify(&self) -> String {
        JSON::stringify_with_replacer_and_space(self, &JsValue::NULL, &JsValue::from(2))
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_default()
    }

    fn field(&self, name: &str) -> Option<Self> {
        if !self.is_object() {
            return None;
        }
        let value = Reflect::get(self, &JsValue::from_str(name)).ok()?;
        (!value.is_undefined()).then_some(value)
    }

    fn is_absent(&self) -> bool {
        self.is_null() || self.is_undefined()
    }

    fn is_map(&self) -> bool {
        self.is_object() && !Array::is_array(self)
    }

    fn text(&self) -> Option<String> {
        self.as_string()
    }

    fn boolean(&self) -> Option<bool> {
        self.as_bool()
    }

    fn whole_number(&self) -> Option<u32> {
        let n = self.as_f64()?;
        // `as` saturates; the comparison rejects fractions and the out of range.
        (n >= 0.0 && n == f64::from(n as u32)).then_some(n as u32)
    }

    fn items(&self) -> Option<Vec<Self>> {
        Array::is_array(self).then(|| self.unchecked_ref::<Array>().iter().collect())
    }

    fn entries(&self) -> Option<Vec<(String, Self)>> {
        if !self.is_map() {
            return None;
        }
        Object::entries(self.unchecked_ref())
            .iter()
            .map(|pair| {
                let pair: Array = pair.unchecked_into();
                Some((pair.get(0).as_string()?, pair.get(1)))
            })
            .collect()
    }

    fn null() -> Self {
        JsValue::NULL
    }

    fn from_text(text: &str) -> Self {
        JsValue::from_str(text)
    }

    fn from_bool(value: bool) -> Self {
        JsValue::from_bool(value)
    }

    fn from_number(value: u32) -> Self {
        JsValue::from(value)
    }

    fn array(items: Vec<Self>) -> Self {
        items.into_iter().collect::<Array>().into()
    }

    fn object<'a>(fields: impl IntoIterator<Item = (&'a str, Self)>) -> Self {
        // No prototype, so a record question with the id `__proto__` is
        // written as a field like any other.
        let object: Object = Object::create(JsValue::NULL.unchecked_ref::<Object>());
        for (name, value) in fields {
            // Setting a plain data property on a new object cannot fail.
            let _ = Reflect::set(&object, &JsValue::from_str(name), &value);
        }
        object.into()
    }
}
