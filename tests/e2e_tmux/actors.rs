//! Actors end to end: the sample edition's DDM story opened in the real binary, its
//! actors panel shown with `a`, Enter listing every story naming the first actor, and
//! Esc going back to the story.

use super::common::cli::{BIN, Env};
use super::{Tmux, sh_quote};
use std::path::Path;

#[test]
#[ignore = "needs tmux; run by .ci/run"]
fn the_actors_panel_opens_and_enter_lists_more_on_the_actor() {
    let env = Env::new();
    // No refresh: the empty cache gets the bundled sample edition.
    env.write_config("[fetch]\nrefresh_on_start = false\n");
    let script = format!(
        "unset DDM_READER_CONFIG DDM_READER_DATA_DIR TMUX NO_COLOR; export HOME={home}; \
         {bin} --offline --config {config} --data-dir {data}; sleep 60",
        home = sh_quote(&env.path().join("home")),
        bin = sh_quote(Path::new(BIN)),
        config = sh_quote(&env.config),
        data = sh_quote(&env.data),
    );
    let t = Tmux::start(env.path().join("tmux.sock"), &script);
    let screen = t.wait_text("Zelensky sends team");
    // The DDM story is the newest; select it wherever it is.
    let row = screen
        .lines()
        .skip(1)
        .position(|l| l.contains("Zelensky sends team"))
        .unwrap();
    for _ in 0..row {
        t.keys(&["j"]);
    }
    t.keys(&["Enter"]);
    t.wait_text("Actors: person");
    t.keys(&["a"]);
    let panel = t.wait_text("Actors ·");
    assert!(panel.contains("Volodymyr Zelenskyy"), "{panel}");
    t.keys(&["Tab"]);
    t.wait_text("mention 1 of");
    t.keys(&["Enter"]);
    // The header comes at once, the stories when the list is read ("Loading…" between).
    let list = t.wait_for("the actor's stories", |s| {
        s.contains("More on Volodymyr Zelenskyy") && !s.contains("Loading…")
    });
    assert!(list.contains("Zelensky sends team"), "{list}");
    // Esc goes back to the story and its panel; two more, to the list.
    t.keys(&["Escape"]);
    t.wait_for("the actors panel back", |s| {
        !s.contains("More on") && s.contains("Actors ·")
    });
    t.keys(&["Escape"]);
    t.keys(&["Escape"]);
    t.wait_for("the tabs back", |s| {
        !s.contains("More on") && s.contains("Welcome")
    });
    t.keys(&["q"]);
}
