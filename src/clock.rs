//! Timing the engine: `performance.now()` in the browser, `Instant` natively.

/// Runs `f` and returns its result and how long it took, in milliseconds.
pub fn timed<T>(f: impl FnOnce() -> T) -> (T, f64) {
    #[cfg(target_arch = "wasm32")]
    {
        let performance = web_sys::window().and_then(|w| w.performance());
        let now = || performance.as_ref().map_or(0.0, |p| p.now());
        let start = now();
        let out = f();
        (out, now() - start)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let start = std::time::Instant::now();
        let out = f();
        (out, start.elapsed().as_secs_f64() * 1000.0)
    }
}
