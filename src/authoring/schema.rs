//! `counterclaim rules schema`: a JSON Schema of rule files, for editors.
//!
//! A YAML language server pointed at this schema completes keys and flags unknown ones while the
//! author types, before `rules check` ever runs. The schema is generated from the same Rust types
//! that parse rule files (with schemars), so it cannot drift from what the loader accepts.

use crate::rules::RuleFileContent;

/// The schema as pretty-printed JSON, ending with a newline.
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(RuleFileContent);
    let mut value = serde_json::to_value(&schema).unwrap_or_default();
    if let Some(obj) = value.as_object_mut() {
        obj.insert("title".into(), "counterclaim rule file".into());
        obj.insert(
            "description".into(),
            "Sides, places, targets, sources, cues, claim kinds and conflicts for counterclaim. \
Any file may hold any sections; see `counterclaim rules init`."
                .into(),
        );
    }
    serde_json::to_string_pretty(&value).unwrap_or_default() + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_schema_is_current() {
        // rules/*.yaml point their editors at rules/schema.json
        let shipped = include_str!("../../rules/schema.json");
        assert!(
            shipped == schema_json(),
            "rules/schema.json is out of date: run `counterclaim rules schema -o rules/schema.json`"
        );
    }

    #[test]
    fn the_schema_forbids_unknown_keys() {
        let v: serde_json::Value = serde_json::from_str(&schema_json()).unwrap();
        assert_eq!(v["additionalProperties"], serde_json::json!(false));
        assert!(v["properties"]["sources"].is_object());
    }
}
