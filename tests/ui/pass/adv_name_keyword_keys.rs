// Keywords are fine where they end up as strings (keys, category names) or
// capitalised as variant names (`Type`, `Crate`, `Try` as the catch-all).
error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_name_keyword_keys.toml");

fn main() {
    let named = [
        (1, "self", "SelfValue"),
        (2, "Self", "SelfType"),
        (3, "_", "Underscore"),
        (10, "crate", "Crate"),
        (11, "super", "Super"),
        (12, "type", "Type"),
        (13, "async", "Async"),
        (14, "await", "Await"),
        (15, "gen", "Gen"),
        (16, "try", "TryAgain"),
        (17, "dyn", "Dyn"),
        (18, "union", "Union"),
        (19, "static", "Static"),
        (25, "macro", "Macro"),
        (31, "yield", "Yield"),
        (61, "macro_rules", "MacroRules"),
        (64, "'static", "StaticLifetime"),
        (65, "r#type", "RType"),
    ];
    for (code, key, name) in named {
        let status = KeywordStatus::from(code);
        assert!(status.is_known(), "{code}");
        assert_eq!(status.key(), Some(key));
        assert_eq!(status.name(), name);
        assert_eq!(status.message(), key);
        assert_eq!(status.code(), code);
    }
    assert_eq!(KeywordStatus::ALL.len(), 59);
    for status in KeywordStatus::ALL {
        assert_eq!(Some(status.message()), status.key());
        assert_eq!(KeywordStatus::from(status.code()), *status);
    }
    assert_eq!(keyword_status!(12), KeywordStatus::Type);
    assert_eq!(keyword_status!(10), KeywordStatus::Crate);
    assert_eq!(keyword_status!(15), KeywordStatus::Gen);
    assert_eq!(keyword_status!(16), KeywordStatus::TryAgain);
    assert!(matches!(KeywordStatus::from(13), keyword_status!(13)));
    // The catch-all is named `Try`.
    assert_eq!(KeywordStatus::from(99), KeywordStatus::Try(99));
    assert_eq!(KeywordStatus::Try(99).name(), "Try");
    assert_eq!(format!("{:?}", KeywordStatus::Try(7)), "Try(7)");
    // Categories named after keywords, for known and unknown codes.
    assert_eq!(KeywordStatus::SelfValue.category(), Some("self"));
    assert_eq!(KeywordStatus::Crate.category(), Some("Self"));
    assert_eq!(KeywordStatus::Dyn.category(), Some("Self"));
    assert_eq!(KeywordStatus::Abstract.category(), Some("crate"));
    assert_eq!(KeywordStatus::Virtual.category(), Some("super"));
    assert_eq!(KeywordStatus::Return.category(), Some("_"));
    assert_eq!(KeywordStatus::Const.category(), Some("type"));
    assert_eq!(KeywordStatus::from(5).category(), Some("self"));
    assert_eq!(KeywordStatus::from(60).category(), None);
}
