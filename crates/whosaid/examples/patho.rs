//! Times `analyze` on pathological inputs (development aid; the same inputs
//! are checked for correctness by `tests/robustness.rs`).
//! `cargo run --release -p whosaid --example patho`

#[path = "../tests/common/mod.rs"]
mod common;

fn main() {
    for (name, text) in common::pathological() {
        let t = std::time::Instant::now();
        let a = whosaid::analyze(&text, &whosaid::Options::default());
        let j = whosaid::json::to_json(&text, &a);
        println!(
            "{name:<30} {:>8} bytes {:>8.1} ms claims {} json {}",
            text.len(),
            t.elapsed().as_secs_f64() * 1e3,
            a.claims.len(),
            j.len()
        );
    }
}
