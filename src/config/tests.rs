//! Config parsing and validation: defaults, the example file, and every kind of bad
//! input named with its file, line and key.

use super::*;

fn err(text: &str) -> String {
    Config::parse(text, Path::new("/tmp/c.toml"))
        .unwrap_err()
        .to_string()
}

#[test]
fn example_config_parses_and_matches_defaults() {
    let text = include_str!("../../config.example.toml");
    let config = Config::parse(text, Path::new("config.example.toml")).unwrap();
    assert_eq!(config.fetch, FetchConfig::default());
    assert_eq!(config.store, StoreConfig::default());
    assert_eq!(config.reader, ReaderConfig::default());
    assert_eq!(config.share, ShareConfig::default());
    assert_eq!(config.report, ReportConfig::default());
    assert_eq!(config.feeds[0].url, DEFAULT_FEED_URL);
}

#[test]
fn bad_key_bindings_name_line_and_key() {
    let e = err("[reader]\nwidth = 72\n\n[keys.list]\n\"x\" = \"toggle_raed\"\n");
    assert!(e.starts_with("/tmp/c.toml:5:"), "{e}");
    assert!(e.contains("keys.list.\"x\""), "{e}");
    assert!(e.contains("did you mean `toggle_read`?"), "{e}");
    let e = err("[keys.reader]\n\"ctlr-x\" = \"quit\"\n");
    assert!(e.starts_with("/tmp/c.toml:2:"), "{e}");
    assert!(e.contains("unknown key name `ctlr-x`"), "{e}");
}

#[test]
fn unknown_key_names_line_and_suggests() {
    let e = err("[fetch]\nconcurency = 4\n");
    assert!(e.starts_with("/tmp/c.toml:2:"), "{e}");
    assert!(e.contains("unknown key `fetch.concurency`"), "{e}");
    assert!(e.contains("did you mean `concurrency`?"), "{e}");
}

#[test]
fn wrong_type_names_key_and_line() {
    let e = err("[fetch]\nconcurrency = 8\ntimeout_secs = \"thirty\"\n");
    assert!(e.starts_with("/tmp/c.toml:3:"), "{e}");
    assert!(e.contains("fetch.timeout_secs"), "{e}");
}

#[test]
fn syntax_error_names_line() {
    let e = err("[[feeds]]\nname = \"x\"\nurl = \"https://a.example/\n");
    assert!(e.starts_with("/tmp/c.toml:3:"), "{e}");
}

#[test]
fn unknown_feed_key_is_rejected() {
    let e = err("[[feeds]]\nname = \"x\"\nurl = \"https://a.example/\"\nsectoin = \"N\"\n");
    assert!(e.contains("/tmp/c.toml:4:"), "{e}");
    assert!(e.contains("did you mean `section`?"), "{e}");
}

#[test]
fn bad_values_are_rejected() {
    assert!(err("[fetch]\nconcurrency = 0\n").contains("fetch.concurrency"));
    let e = err("[[feeds]]\nname = \"x\"\nurl = \"ftp://a.example/\"\n");
    assert!(e.contains(":3:") && e.contains("not an http"), "{e}");
    let e = err("[[feeds]]\nname = \"x\"\nurl = \"https://a.example/\"\n\
         [[feeds]]\nname = \"x\"\nurl = \"https://b.example/\"\n");
    assert!(e.contains(":5:") && e.contains("used twice"), "{e}");
    let e = err("[[feeds]]\nname = \"A\"\nurl = \"https://a.example/\"\n\
         [[feeds]]\nname = \"a\"\nurl = \"https://b.example/\"\n");
    assert!(e.contains(":5:") && e.contains("used twice"), "{e}");
    let e = err("[[feeds]]\nname = \"x\"\nurl = \"https://a.example/\"\n\
         [[feeds]]\nname = \"y\"\nurl = \"https://a.example/\"\n");
    assert!(e.contains(":6:") && e.contains("listed twice"), "{e}");
}

#[test]
fn retention_of_nothing_and_a_bad_log_filter_are_rejected() {
    let e = err("[store]\nretention_days = 90\nmax_articles_per_feed = 0\n");
    assert!(
        e.contains(":3:") && e.contains("store.max_articles_per_feed"),
        "{e}"
    );
    assert!(err("[store]\nretention_days = 0\n").contains("store.retention_days"));
    let e = err("[log]\nlevel = \"bogus[[[\"\n");
    assert!(e.contains(":2:") && e.contains("log.level"), "{e}");
    // A misspelt level would be taken for a module's name and log nothing.
    let e = err("[log]\nlevel = \"inof\"\n");
    assert!(e.contains("did you mean `info`"), "{e}");
    assert!(err("[log]\nlevel = \"info,ddm_reader=debgu\"\n").contains("`debgu`"));
    // What tracing accepts still loads: a trailing comma, a bare module name, numeric
    // levels, span filters.
    for good in [
        "info",
        "WARN",
        "off",
        "info,ddm_reader=debug",
        "ddm_reader::store=trace",
        "info,",
        "ddm_reader",
        "3",
        "warn,ddm_reader[refresh]=debug",
    ] {
        assert!(
            super::Config::parse(
                &format!("[log]\nlevel = \"{good}\"\n"),
                std::path::Path::new("/tmp/c.toml")
            )
            .is_ok(),
            "{good}"
        );
    }
    assert!(
        super::Config::parse(
            "[log]\nlevel = \"ddm_reader=debug,warn\"\n",
            std::path::Path::new("/tmp/c.toml")
        )
        .is_ok()
    );
}

#[test]
fn share_settings_are_checked() {
    let e = err("[share]\ntemplate = \"{title}\"\n");
    assert!(e.starts_with("/tmp/c.toml:2:"), "{e}");
    assert!(e.contains("share.template") && e.contains("{url}"), "{e}");
    let e = err("[share]\ntemplate = \"{headline} {url}\"\n");
    assert!(e.contains("`{headline}`"), "{e}");
    let e = err("[share]\nopener = []\n");
    assert!(e.contains("share.opener"), "{e}");
    let e = err("[share]\nx_via = \"@ddm\"\n");
    assert!(
        e.starts_with("/tmp/c.toml:2:") && e.contains("share.x_via"),
        "{e}"
    );
    let e = err("[share]\nx_hashtags = [\"ok\", \"#bad\"]\n");
    assert!(e.contains("share.x_hashtags") && e.contains("#bad"), "{e}");
    let e = err("[share]\nx_hashtag = [\"ok\"]\n");
    assert!(e.contains("did you mean `x_hashtags`?"), "{e}");
    let ok = Config::parse(
        "[share]\ntemplate = \"{title}\\n{url}\"\nx_via = \"DDM\"\nx_hashtags = [\"Naija\"]\n",
        Path::new("/tmp/c.toml"),
    )
    .unwrap();
    assert_eq!(ok.share.template, "{title}\n{url}");
    assert_eq!(ok.share.x_via.as_deref(), Some("DDM"));
}

#[test]
fn report_settings_are_checked() {
    let smtp = |rest: &str| {
        err(&format!(
            "[report.smtp]\nhost = \"smtp.example.org\"\n{rest}"
        ))
    };
    let e = smtp("security = \"none\"\n");
    assert!(e.starts_with("/tmp/c.toml:3:"), "{e}");
    assert!(
        e.contains("only to this machine") && e.contains("smtp.example.org"),
        "{e}"
    );
    let e = smtp("password_env = \"P\"\npassword_command = [\"pass\"]\n");
    assert!(
        e.starts_with("/tmp/c.toml:4:") && e.contains("not both"),
        "{e}"
    );
    assert!(smtp("security = \"ssl\"\n").contains("report.smtp.security"));
    assert!(err("[report]\nto = \"not an address\"\n").contains("report.to"));
    assert!(err("[report]\nfrom = \"@@\"\n").contains("report.from"));
    let ok = "[report]\nfrom = \"Ada <ada@example.org>\"\n[report.smtp]\nhost = \"127.0.0.1\"\n\
              security = \"none\"\n";
    let c = Config::parse(ok, Path::new("/tmp/c.toml")).unwrap();
    assert_eq!(c.report.smtp.unwrap().timeout_secs, 30);
}

#[test]
fn missing_optional_file_means_built_in() {
    let (c, s) = Config::load(Path::new("/nonexistent/ddm.toml"), false).unwrap();
    assert_eq!(s, ConfigSource::BuiltIn);
    assert_eq!(c.feeds[0].url, DEFAULT_FEED_URL);
    assert!(Config::load(Path::new("/nonexistent/ddm.toml"), true).is_err());
}
