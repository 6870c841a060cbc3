//! The exact links for hostile and non-Latin titles. The expected strings were made
//! independently (Python's `urllib.parse.quote(s, safe="")`), not by this code.

use super::*;

const URL: &str = "https://diasporadigitalmedia.com/2025/05/15/talks/?ref=home&x=1#top";

fn links(title: &str) -> [String; 4] {
    let story = Story { title, url: URL };
    let config = ShareConfig::default();
    [
        ShareTarget::WhatsApp,
        ShareTarget::Telegram,
        ShareTarget::X,
        ShareTarget::Email,
    ]
    .map(|t| share_link(t, story, &config))
}

#[test]
fn quotes_and_dashes() {
    assert_eq!(
        links("He said \"no\" — 'not yet'"),
        [
            "https://wa.me/?text=He%20said%20%22no%22%20%E2%80%94%20%27not%20yet%27%20%E2%80%94%20https%3A%2F%2Fdiasporadigitalmedia.com%2F2025%2F05%2F15%2Ftalks%2F%3Fref%3Dhome%26x%3D1%23top",
            "https://t.me/share/url?url=https%3A%2F%2Fdiasporadigitalmedia.com%2F2025%2F05%2F15%2Ftalks%2F%3Fref%3Dhome%26x%3D1%23top&text=He%20said%20%22no%22%20%E2%80%94%20%27not%20yet%27",
            "https://x.com/intent/tweet?text=He%20said%20%22no%22%20%E2%80%94%20%27not%20yet%27&url=https%3A%2F%2Fdiasporadigitalmedia.com%2F2025%2F05%2F15%2Ftalks%2F%3Fref%3Dhome%26x%3D1%23top",
            "mailto:?subject=He%20said%20%22no%22%20%E2%80%94%20%27not%20yet%27&body=He%20said%20%22no%22%20%E2%80%94%20%27not%20yet%27%20%E2%80%94%20https%3A%2F%2Fdiasporadigitalmedia.com%2F2025%2F05%2F15%2Ftalks%2F%3Fref%3Dhome%26x%3D1%23top",
        ]
    );
}

#[test]
fn ampersand_hash_question_percent_plus() {
    assert_eq!(
        links("Q&A: #EndSARS? 50% say \"yes\" + more"),
        [
            "https://wa.me/?text=Q%26A%3A%20%23EndSARS%3F%2050%25%20say%20%22yes%22%20%2B%20more%20%E2%80%94%20https%3A%2F%2Fdiasporadigitalmedia.com%2F2025%2F05%2F15%2Ftalks%2F%3Fref%3Dhome%26x%3D1%23top",
            "https://t.me/share/url?url=https%3A%2F%2Fdiasporadigitalmedia.com%2F2025%2F05%2F15%2Ftalks%2F%3Fref%3Dhome%26x%3D1%23top&text=Q%26A%3A%20%23EndSARS%3F%2050%25%20say%20%22yes%22%20%2B%20more",
            "https://x.com/intent/tweet?text=Q%26A%3A%20%23EndSARS%3F%2050%25%20say%20%22yes%22%20%2B%20more&url=https%3A%2F%2Fdiasporadigitalmedia.com%2F2025%2F05%2F15%2Ftalks%2F%3Fref%3Dhome%26x%3D1%23top",
            "mailto:?subject=Q%26A%3A%20%23EndSARS%3F%2050%25%20say%20%22yes%22%20%2B%20more&body=Q%26A%3A%20%23EndSARS%3F%2050%25%20say%20%22yes%22%20%2B%20more%20%E2%80%94%20https%3A%2F%2Fdiasporadigitalmedia.com%2F2025%2F05%2F15%2Ftalks%2F%3Fref%3Dhome%26x%3D1%23top",
        ]
    );
}

#[test]
fn emoji_and_flags() {
    assert_eq!(
        links("Super Eagles win 🎉🇳🇬"),
        [
            "https://wa.me/?text=Super%20Eagles%20win%20%F0%9F%8E%89%F0%9F%87%B3%F0%9F%87%AC%20%E2%80%94%20https%3A%2F%2Fdiasporadigitalmedia.com%2F2025%2F05%2F15%2Ftalks%2F%3Fref%3Dhome%26x%3D1%23top",
            "https://t.me/share/url?url=https%3A%2F%2Fdiasporadigitalmedia.com%2F2025%2F05%2F15%2Ftalks%2F%3Fref%3Dhome%26x%3D1%23top&text=Super%20Eagles%20win%20%F0%9F%8E%89%F0%9F%87%B3%F0%9F%87%AC",
            "https://x.com/intent/tweet?text=Super%20Eagles%20win%20%F0%9F%8E%89%F0%9F%87%B3%F0%9F%87%AC&url=https%3A%2F%2Fdiasporadigitalmedia.com%2F2025%2F05%2F15%2Ftalks%2F%3Fref%3Dhome%26x%3D1%23top",
            "mailto:?subject=Super%20Eagles%20win%20%F0%9F%8E%89%F0%9F%87%B3%F0%9F%87%AC&body=Super%20Eagles%20win%20%F0%9F%8E%89%F0%9F%87%B3%F0%9F%87%AC%20%E2%80%94%20https%3A%2F%2Fdiasporadigitalmedia.com%2F2025%2F05%2F15%2Ftalks%2F%3Fref%3Dhome%26x%3D1%23top",
        ]
    );
}

#[test]
fn arabic() {
    assert_eq!(
        links("مؤتمر صحفي في القاهرة"),
        [
            "https://wa.me/?text=%D9%85%D8%A4%D8%AA%D9%85%D8%B1%20%D8%B5%D8%AD%D9%81%D9%8A%20%D9%81%D9%8A%20%D8%A7%D9%84%D9%82%D8%A7%D9%87%D8%B1%D8%A9%20%E2%80%94%20https%3A%2F%2Fdiasporadigitalmedia.com%2F2025%2F05%2F15%2Ftalks%2F%3Fref%3Dhome%26x%3D1%23top",
            "https://t.me/share/url?url=https%3A%2F%2Fdiasporadigitalmedia.com%2F2025%2F05%2F15%2Ftalks%2F%3Fref%3Dhome%26x%3D1%23top&text=%D9%85%D8%A4%D8%AA%D9%85%D8%B1%20%D8%B5%D8%AD%D9%81%D9%8A%20%D9%81%D9%8A%20%D8%A7%D9%84%D9%82%D8%A7%D9%87%D8%B1%D8%A9",
            "https://x.com/intent/tweet?text=%D9%85%D8%A4%D8%AA%D9%85%D8%B1%20%D8%B5%D8%AD%D9%81%D9%8A%20%D9%81%D9%8A%20%D8%A7%D9%84%D9%82%D8%A7%D9%87%D8%B1%D8%A9&url=https%3A%2F%2Fdiasporadigitalmedia.com%2F2025%2F05%2F15%2Ftalks%2F%3Fref%3Dhome%26x%3D1%23top",
            "mailto:?subject=%D9%85%D8%A4%D8%AA%D9%85%D8%B1%20%D8%B5%D8%AD%D9%81%D9%8A%20%D9%81%D9%8A%20%D8%A7%D9%84%D9%82%D8%A7%D9%87%D8%B1%D8%A9&body=%D9%85%D8%A4%D8%AA%D9%85%D8%B1%20%D8%B5%D8%AD%D9%81%D9%8A%20%D9%81%D9%8A%20%D8%A7%D9%84%D9%82%D8%A7%D9%87%D8%B1%D8%A9%20%E2%80%94%20https%3A%2F%2Fdiasporadigitalmedia.com%2F2025%2F05%2F15%2Ftalks%2F%3Fref%3Dhome%26x%3D1%23top",
        ]
    );
}

#[test]
fn cjk() {
    assert_eq!(
        links("東京で国際会議"),
        [
            "https://wa.me/?text=%E6%9D%B1%E4%BA%AC%E3%81%A7%E5%9B%BD%E9%9A%9B%E4%BC%9A%E8%AD%B0%20%E2%80%94%20https%3A%2F%2Fdiasporadigitalmedia.com%2F2025%2F05%2F15%2Ftalks%2F%3Fref%3Dhome%26x%3D1%23top",
            "https://t.me/share/url?url=https%3A%2F%2Fdiasporadigitalmedia.com%2F2025%2F05%2F15%2Ftalks%2F%3Fref%3Dhome%26x%3D1%23top&text=%E6%9D%B1%E4%BA%AC%E3%81%A7%E5%9B%BD%E9%9A%9B%E4%BC%9A%E8%AD%B0",
            "https://x.com/intent/tweet?text=%E6%9D%B1%E4%BA%AC%E3%81%A7%E5%9B%BD%E9%9A%9B%E4%BC%9A%E8%AD%B0&url=https%3A%2F%2Fdiasporadigitalmedia.com%2F2025%2F05%2F15%2Ftalks%2F%3Fref%3Dhome%26x%3D1%23top",
            "mailto:?subject=%E6%9D%B1%E4%BA%AC%E3%81%A7%E5%9B%BD%E9%9A%9B%E4%BC%9A%E8%AD%B0&body=%E6%9D%B1%E4%BA%AC%E3%81%A7%E5%9B%BD%E9%9A%9B%E4%BC%9A%E8%AD%B0%20%E2%80%94%20https%3A%2F%2Fdiasporadigitalmedia.com%2F2025%2F05%2F15%2Ftalks%2F%3Fref%3Dhome%26x%3D1%23top",
        ]
    );
}

#[test]
fn yoruba_with_combining_diacritics() {
    assert_eq!(
        links("Ẹ̀kọ́ àti ìlera ní Ìbàdàn"),
        [
            "https://wa.me/?text=%E1%BA%B8%CC%80k%E1%BB%8D%CC%81%20%C3%A0ti%20%C3%AClera%20n%C3%AD%20%C3%8Cb%C3%A0d%C3%A0n%20%E2%80%94%20https%3A%2F%2Fdiasporadigitalmedia.com%2F2025%2F05%2F15%2Ftalks%2F%3Fref%3Dhome%26x%3D1%23top",
            "https://t.me/share/url?url=https%3A%2F%2Fdiasporadigitalmedia.com%2F2025%2F05%2F15%2Ftalks%2F%3Fref%3Dhome%26x%3D1%23top&text=%E1%BA%B8%CC%80k%E1%BB%8D%CC%81%20%C3%A0ti%20%C3%AClera%20n%C3%AD%20%C3%8Cb%C3%A0d%C3%A0n",
            "https://x.com/intent/tweet?text=%E1%BA%B8%CC%80k%E1%BB%8D%CC%81%20%C3%A0ti%20%C3%AClera%20n%C3%AD%20%C3%8Cb%C3%A0d%C3%A0n&url=https%3A%2F%2Fdiasporadigitalmedia.com%2F2025%2F05%2F15%2Ftalks%2F%3Fref%3Dhome%26x%3D1%23top",
            "mailto:?subject=%E1%BA%B8%CC%80k%E1%BB%8D%CC%81%20%C3%A0ti%20%C3%AClera%20n%C3%AD%20%C3%8Cb%C3%A0d%C3%A0n&body=%E1%BA%B8%CC%80k%E1%BB%8D%CC%81%20%C3%A0ti%20%C3%AClera%20n%C3%AD%20%C3%8Cb%C3%A0d%C3%A0n%20%E2%80%94%20https%3A%2F%2Fdiasporadigitalmedia.com%2F2025%2F05%2F15%2Ftalks%2F%3Fref%3Dhome%26x%3D1%23top",
        ]
    );
}

#[test]
fn facebook_linkedin_copy_and_browser_take_the_url_alone() {
    let story = Story {
        title: "Q&A: 50% + \"more\"",
        url: URL,
    };
    let config = ShareConfig::default();
    assert_eq!(
        share_link(ShareTarget::Facebook, story, &config),
        "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fdiasporadigitalmedia.com%2F2025%2F05%2F15%2Ftalks%2F%3Fref%3Dhome%26x%3D1%23top"
    );
    assert_eq!(
        share_link(ShareTarget::LinkedIn, story, &config),
        "https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fdiasporadigitalmedia.com%2F2025%2F05%2F15%2Ftalks%2F%3Fref%3Dhome%26x%3D1%23top"
    );
    assert_eq!(share_link(ShareTarget::Copy, story, &config), URL);
    assert_eq!(share_link(ShareTarget::Browser, story, &config), URL);
    assert_eq!(
        share_link(ShareTarget::Qr, story, &config),
        share_link(ShareTarget::WhatsApp, story, &config)
    );
}

#[test]
fn the_template_fills_title_and_url_once() {
    let config = ShareConfig {
        template: "Read: {title}\n{url} {nope} {".to_owned(),
        ..ShareConfig::default()
    };
    let story = Story {
        title: "A {url} in a title",
        url: "https://e.example/a",
    };
    assert_eq!(
        share_text(story, &config),
        "Read: A {url} in a title\nhttps://e.example/a {nope} {"
    );
    assert_eq!(
        share_link(ShareTarget::WhatsApp, story, &config),
        "https://wa.me/?text=Read%3A%20A%20%7Burl%7D%20in%20a%20title%0Ahttps%3A%2F%2Fe.example%2Fa%20%7Bnope%7D%20%7B"
    );
}

#[test]
fn mail_bodies_break_lines_as_crlf() {
    let config = ShareConfig {
        template: "{title}\n\n{url}\r\nSent from ddm-reader\rbye".to_owned(),
        ..ShareConfig::default()
    };
    let story = Story {
        title: "Two lines",
        url: "https://e.example/a",
    };
    assert_eq!(
        share_link(ShareTarget::Email, story, &config),
        "mailto:?subject=Two%20lines&body=Two%20lines%0D%0A%0D%0Ahttps%3A%2F%2Fe.example%2Fa\
         %0D%0ASent%20from%20ddm-reader%0D%0Abye"
    );
}

#[test]
fn x_gets_via_and_hashtags_when_configured() {
    let config = ShareConfig {
        x_via: Some("DDM_News".to_owned()),
        x_hashtags: vec!["EndSARS".to_owned(), "Nàìjíríà".to_owned()],
        ..ShareConfig::default()
    };
    let story = Story {
        title: "Lagos",
        url: "https://e.example/a",
    };
    assert_eq!(
        share_link(ShareTarget::X, story, &config),
        "https://x.com/intent/tweet?text=Lagos&url=https%3A%2F%2Fe.example%2Fa&via=DDM_News\
         &hashtags=EndSARS,N%C3%A0%C3%ACj%C3%ADr%C3%AD%C3%A0"
    );
}

#[test]
fn no_link_ever_holds_a_plus_a_space_or_a_raw_reserved_character() {
    let story = Story {
        title: "a+b c&d=e#f?g/h%i\"j'k<l>m\u{a0}n",
        url: "https://e.example/p?q=1&r=a+b#s",
    };
    let config = ShareConfig::default();
    for target in ShareTarget::ALL {
        let link = share_link(target, story, &config);
        if matches!(target, ShareTarget::Copy | ShareTarget::Browser) {
            continue;
        }
        let (_, query) = link.split_once('?').unwrap();
        for pair in query.split('&') {
            let (_, value) = pair.split_once('=').unwrap();
            assert!(
                value
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-._~%".contains(&b)),
                "{target:?}: {value}"
            );
        }
    }
}

#[test]
fn templates_and_x_settings_are_checked() {
    assert!(check_template("{title} — {url}").is_ok());
    assert!(check_template("{url}").is_ok());
    assert!(check_template("{title}").unwrap_err().contains("{url}"));
    let e = check_template("{title} {link} {url}").unwrap_err();
    assert!(e.contains("`{link}`"), "{e}");
    assert!(check_template("{ {url} }").is_ok(), "lone braces are text");
    assert!(check_x_via("DDM_News").is_ok());
    assert!(check_x_via("@DDM").is_err());
    assert!(check_x_via("").is_err());
    assert!(check_x_via("a_very_long_handle_name").is_err());
    assert!(check_hashtag("Nàìjíríà").is_ok());
    assert!(check_hashtag("#DDM").is_err());
    assert!(check_hashtag("two words").is_err());
    assert!(check_hashtag("a,b").is_err());
}

#[test]
fn target_names_round_trip_and_only_web_links_are_shared() {
    for target in ShareTarget::ALL {
        assert_eq!(ShareTarget::from_name(target.name()), Some(target));
        assert!(!target.label().is_empty());
    }
    assert_eq!(ShareTarget::from_name("WhatsApp"), None);
    assert!(is_web_link("https://e.example/"));
    assert!(is_web_link("http://e.example/"));
    for bad in [
        "mailto:a@e.example",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "",
    ] {
        assert!(!is_web_link(bad), "{bad}");
    }
}
