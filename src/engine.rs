//! Where analyses are made: in a Web Worker, so a long article never
//! freezes the page; in the page itself, for short texts, when no worker can
//! start.
//!
//! There is one WebAssembly module, the page's own: it holds the UI and the
//! engine, and exports [`analyse`] (see `src/main.rs`). The worker
//! (`www/worker.js`, a module worker) gets the page's compiled module and
//! the URL of its wasm-bindgen glue in its first message, instantiates the
//! same module (no second download, no second compilation; `main` sees no
//! `window` there and draws nothing) and answers `{id, text, date}` with
//! `{id, bytes, ms}`: the analysis in the [`crate::wire`] form, in a buffer
//! that is moved, not copied. [`Engine`] keeps at most one job in the worker
//! and only the newest one waiting ([`Queue`]): while a long article is
//! analysed, the edits made meanwhile collapse into one next job, and the
//! page drops answers to jobs it no longer wants (`State` compares ids).
//!
//! Short texts (up to [`INSTANT_MAX_BYTES`]) skip the worker: they are
//! analysed in the page at once, in a millisecond or two, and the answer
//! renders in the same task as the paste, with no round trip and no
//! intermediate frame. Any older job still running in the worker is then
//! outdated, and its answer is dropped like any other outdated answer.
//!
//! If the worker cannot start (no module workers, a policy forbids them,
//! its script fails), the engine runs in the page (`Status::Page`) for texts
//! up to [`PAGE_MAX_BYTES`]; longer ones get [`Failure::TooLongForPage`]
//! instead of a frozen tab.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use whosaid::{Analysis, Date};
use yew::Callback;

/// The longest text analysed in the page itself when there is no worker:
/// about a tenth of a second of engine time on a slow machine.
pub const PAGE_MAX_BYTES: usize = 200_000;

/// The longest text analysed in the page at once rather than in the
/// worker: a millisecond or two of engine time, less than a round trip to
/// the worker and the frame the page would draw while waiting.
pub const INSTANT_MAX_BYTES: usize = 16 * 1024;

/// The worker's script (`www/worker.js`), relative to the page.
const WORKER_URL: &str = "./worker.js";

/// Analyses `text`, with `date` (`YYYY-MM-DD`) as its publication date if
/// it is one, and returns the analysis as [`crate::wire`] bytes: what the
/// worker sends the page.
pub fn analyse(text: &str, date: Option<&str>) -> Vec<u8> {
    let date = date.and_then(Date::parse_iso);
    crate::wire::encode(&whosaid::analyze(text, &whosaid::Options { date }))
}

/// One text to analyse.
#[derive(Clone, Debug)]
pub struct Job {
    /// Names the job in its answer.
    pub id: u64,
    /// The article.
    pub text: Rc<str>,
    /// The publication date, if set.
    pub date: Option<Date>,
}

/// Why a text was not analysed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// There is no worker, and analysing this many bytes in the page would freeze it.
    TooLongForPage {
        /// The text's length.
        bytes: usize,
    },
    /// The engine stopped with an error on this text.
    Crashed,
    /// The worker answered in a form this page cannot read: its files are
    /// from another version of whosaid (a cache serving old and new files).
    Mismatch,
}

impl Failure {
    /// What the page says about it.
    pub fn message(self) -> String {
        match self {
            Failure::TooLongForPage { bytes } => format!(
                "This article ({}) was not analysed: this browser did not start a background worker, and \
                 analysing more than {} in the page itself would freeze it. Your text is kept; try another \
                 browser, or the whosaid command line.",
                crate::state::size(bytes),
                crate::state::size(PAGE_MAX_BYTES)
            ),
            Failure::Crashed => "The analysis stopped with an error on this text, so nothing is highlighted. \
                                 Your text is kept."
                .into(),
            Failure::Mismatch => "This page and its analysis engine come from different versions of whosaid (a \
                                  cache mixed old and new files). Your text is kept; reload the page."
                .into(),
        }
    }
}

/// The answer to a [`Job`].
#[derive(Clone, Debug, PartialEq)]
pub enum Reply {
    /// The analysis, and how long the engine took.
    Done {
        /// The engine's result.
        analysis: Analysis,
        /// Engine time in milliseconds.
        elapsed_ms: f64,
    },
    /// No analysis, and why.
    Failed(Failure),
}

/// Where the engine runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Still starting (or in a test).
    Starting,
    /// In a Web Worker: the page stays responsive whatever the length.
    Worker,
    /// In the page: no worker could start.
    Page,
}

/// What the engine tells the page.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// The answer to job `id`.
    Reply(u64, Reply),
    /// The engine now runs here.
    Status(Status),
}

/// At most one job in the engine, and the newest one waiting for it.
#[derive(Debug, Default)]
pub struct Queue {
    ready: bool,
    running: Option<Job>,
    waiting: Option<Job>,
}

impl Queue {
    /// A new job: returned when it can be posted now, else kept (replacing
    /// any job already waiting, which nobody wants any more).
    pub fn submit(&mut self, job: Job) -> Option<Job> {
        if self.ready && self.running.is_none() {
            self.running = Some(job.clone());
            Some(job)
        } else {
            self.waiting = Some(job);
            None
        }
    }

    /// The engine is ready: the job to post now, if one waits.
    pub fn ready(&mut self) -> Option<Job> {
        self.ready = true;
        self.next()
    }

    /// Job `id` is answered: the job to post next, if one waits. (An answer
    /// to a job that is not running changes nothing.)
    pub fn done(&mut self, id: u64) -> Option<Job> {
        if self.running.as_ref().is_some_and(|j| j.id == id) {
            self.running = None;
            self.next()
        } else {
            None
        }
    }

    /// The engine went away: the running job waits again for the next one,
    /// unless a newer job already waits.
    pub fn restart(&mut self) {
        self.ready = false;
        if let Some(job) = self.running.take() {
            self.waiting.get_or_insert(job);
        }
    }

    /// The engine went away with the running job, which is not tried again:
    /// it is returned, and the waiting job waits for the next engine.
    pub fn abandon(&mut self) -> Option<Job> {
        self.ready = false;
        self.running.take()
    }

    /// A newer job was answered elsewhere: the waiting one is not wanted.
    pub fn supersede(&mut self) {
        self.waiting = None;
    }

    /// The job the engine is working on.
    pub fn running(&self) -> Option<&Job> {
        self.running.as_ref()
    }

    /// Every job, running or waiting, taken out of the queue.
    pub fn drain(&mut self) -> Vec<Job> {
        self.running.take().into_iter().chain(self.waiting.take()).collect()
    }

    fn next(&mut self) -> Option<Job> {
        if self.running.is_some() {
            return None;
        }
        self.running = self.waiting.take();
        self.running.clone()
    }
}

/// Which engine a page uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Kind {
    /// The Web Worker, falling back to the page (the app).
    #[default]
    Worker,
    /// The engine in the page, answering after `delay_ms` as if it were a
    /// worker, whatever the length (component tests: the test runner serves
    /// no worker script).
    Local {
        /// How long each answer takes.
        delay_ms: u32,
    },
}

#[wasm_bindgen]
extern "C" {
    /// The URL of this module's wasm-bindgen glue, which the worker imports.
    #[wasm_bindgen(thread_local_v2, js_namespace = ["import", "meta"], js_name = url)]
    static GLUE_URL: String;
}

/// The running backend.
enum Backend {
    /// Not started yet.
    Idle,
    /// A Web Worker, with its listeners.
    Worker {
        worker: web_sys::Worker,
        _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
        _on_error: Closure<dyn FnMut(web_sys::Event)>,
    },
    /// In the page, because no worker could start.
    Page,
    /// In the page, for tests.
    Local { delay_ms: u32 },
    /// Stopped: the page is going away.
    Stopped,
}

struct Inner {
    backend: Backend,
    queue: Queue,
    on_event: Callback<Event>,
    /// The worker was restarted after a crash (once is enough: a second
    /// crash moves the engine into the page).
    restarted: bool,
}

/// The page's handle on the engine.
#[derive(Clone)]
pub struct Engine(Rc<RefCell<Inner>>);

/// Emits `event` from a fresh task, so no borrow is held and no render is
/// under way when the page hears it.
fn emit(on_event: &Callback<Event>, event: Event) {
    let on_event = on_event.clone();
    yew::platform::spawn_local(async move { on_event.emit(event) });
}

impl Engine {
    /// An engine of `kind` that reports to `on_event`. Nothing starts until [`Engine::start`].
    pub fn new(kind: Kind, on_event: Callback<Event>) -> Engine {
        let backend = match kind {
            Kind::Worker => Backend::Idle,
            Kind::Local { delay_ms } => Backend::Local { delay_ms },
        };
        Engine(Rc::new(RefCell::new(Inner { backend, queue: Queue::default(), on_event, restarted: false })))
    }

    /// Starts the worker (or the engine in the page), once.
    pub fn start(&self) {
        let (idle, local) = {
            let backend = &self.0.borrow().backend;
            (matches!(backend, Backend::Idle), matches!(backend, Backend::Local { .. }))
        };
        if idle {
            self.start_worker();
        } else if local {
            self.ready(None);
        }
    }

    /// Asks for an analysis; the answer comes as an [`Event::Reply`] (from
    /// a microtask when the text is short, see [`INSTANT_MAX_BYTES`]).
    pub fn submit(&self, job: Job) {
        let instant = job.text.len() <= INSTANT_MAX_BYTES
            && matches!(self.0.borrow().backend, Backend::Idle | Backend::Worker { .. } | Backend::Page);
        if instant {
            let on_event = {
                let mut inner = self.0.borrow_mut();
                inner.queue.supersede();
                inner.on_event.clone()
            };
            emit(&on_event, Event::Reply(job.id, analyse_here(&job)));
            return;
        }
        let now = self.0.borrow_mut().queue.submit(job);
        if let Some(job) = now {
            self.post(job);
        }
    }

    /// Stops the worker and forgets every job (the page is going away).
    pub fn stop(&self) {
        let mut inner = self.0.borrow_mut();
        if let Backend::Worker { worker, .. } = &inner.backend {
            worker.terminate();
        }
        inner.backend = Backend::Stopped;
        inner.queue.drain();
        inner.on_event = Callback::noop();
    }

    /// Starts a module worker and sends it this module and its glue's URL.
    fn start_worker(&self) {
        let weak = Rc::downgrade(&self.0);
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            if let Some(inner) = weak.upgrade() {
                Engine(inner).heard(e.data());
            }
        });
        let weak = Rc::downgrade(&self.0);
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
            // Handled here: not an uncaught error in the page's console.
            e.prevent_default();
            if let Some(inner) = weak.upgrade() {
                Engine(inner).worker_failed();
            }
        });
        let options = web_sys::WorkerOptions::new();
        options.set_type(web_sys::WorkerType::Module);
        let started = web_sys::Worker::new_with_options(WORKER_URL, &options).and_then(|worker| {
            worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
            worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
            let hello = js_sys::Object::new();
            let sent = js_sys::Reflect::set(&hello, &"glue".into(), &GLUE_URL.with(|url| JsValue::from_str(url)))
                .and_then(|_| js_sys::Reflect::set(&hello, &"module".into(), &wasm_bindgen::module()))
                .and_then(|_| worker.post_message(&hello));
            match sent {
                Ok(()) => Ok(worker),
                // A module that cannot be sent to a worker (DataCloneError): no worker.
                Err(e) => {
                    worker.terminate();
                    Err(e)
                }
            }
        });
        match started {
            Ok(worker) => {
                self.0.borrow_mut().backend = Backend::Worker { worker, _on_message: on_message, _on_error: on_error }
            }
            // No module workers, or a policy forbids them.
            Err(_) => self.ready(Some(Status::Page)),
        }
    }

    /// The engine is ready (`status` says where, if the page should hear
    /// it): the first waiting job goes.
    fn ready(&self, status: Option<Status>) {
        let (next, on_event) = {
            let mut inner = self.0.borrow_mut();
            if status == Some(Status::Page) {
                inner.backend = Backend::Page;
            }
            (inner.queue.ready(), inner.on_event.clone())
        };
        if let Some(status) = status {
            emit(&on_event, Event::Status(status));
        }
        if let Some(job) = next {
            self.post(job);
        }
    }

    /// A message from the worker: `{ready}`, `{failed}` or `{id, bytes, ms}`.
    fn heard(&self, data: JsValue) {
        let get = |key: &str| js_sys::Reflect::get(&data, &key.into()).unwrap_or(JsValue::UNDEFINED);
        if get("ready").is_truthy() {
            self.ready(Some(Status::Worker));
        } else if !get("failed").is_undefined() {
            // The worker runs but could not start the engine.
            self.worker_failed();
        } else if let Some(id) = get("id").as_f64() {
            let id = id as u64;
            let text_len = self.0.borrow().queue.running().filter(|j| j.id == id).map(|j| j.text.len());
            let Some(text_len) = text_len else { return };
            let bytes = get("bytes").dyn_into::<js_sys::Uint8Array>().map(|b| b.to_vec()).unwrap_or_default();
            let reply = match crate::wire::decode(&bytes, text_len) {
                Some(analysis) => Reply::Done { analysis, elapsed_ms: get("ms").as_f64().unwrap_or(0.0) },
                None => Reply::Failed(Failure::Mismatch),
            };
            self.finish(id, reply);
        }
    }

    /// The worker failed. Before it was ready (its script or the engine did
    /// not load): the engine runs in the page instead. After (the engine
    /// crashed on a text): that job fails, and a fresh worker takes the next
    /// one (after a second crash, the page does).
    fn worker_failed(&self) {
        let mut inner = self.0.borrow_mut();
        if let Backend::Worker { worker, .. } = &inner.backend {
            worker.terminate();
        }
        inner.backend = Backend::Idle;
        if inner.queue.ready {
            let crashed = inner.queue.abandon();
            let again = !std::mem::replace(&mut inner.restarted, true);
            let on_event = inner.on_event.clone();
            drop(inner);
            if let Some(job) = crashed {
                emit(&on_event, Event::Reply(job.id, Reply::Failed(Failure::Crashed)));
            }
            if again {
                self.start_worker();
            } else {
                self.ready(Some(Status::Page));
            }
        } else {
            inner.queue.restart();
            drop(inner);
            self.ready(Some(Status::Page));
        }
    }

    /// Sends a job to the backend (the queue has marked it running).
    fn post(&self, job: Job) {
        let inner = self.0.borrow();
        let (delay_ms, in_page) = match &inner.backend {
            Backend::Worker { worker, .. } => {
                let message = js_sys::Object::new();
                let set = |k: &str, v: &JsValue| js_sys::Reflect::set(&message, &k.into(), v).is_ok();
                let sent = set("id", &JsValue::from_f64(job.id as f64))
                    && set("text", &JsValue::from_str(&job.text))
                    && set("date", &job.date.map_or(JsValue::NULL, |d| JsValue::from_str(&d.to_string())))
                    && worker.post_message(&message).is_ok();
                if sent {
                    return;
                }
                // The worker cannot take it: the page does, as the worker failed.
                drop(inner);
                self.worker_failed();
                return;
            }
            Backend::Page => (0, true),
            Backend::Local { delay_ms } => (*delay_ms, false),
            Backend::Idle | Backend::Stopped => return,
        };
        drop(inner);
        let engine = self.clone();
        // On a later task, so the page can show that it is analysing first.
        Timeout::new(delay_ms, move || {
            let reply = if in_page && job.text.len() > PAGE_MAX_BYTES {
                Reply::Failed(Failure::TooLongForPage { bytes: job.text.len() })
            } else {
                analyse_here(&job)
            };
            engine.finish(job.id, reply);
        })
        .forget();
    }

    /// Job `id` is answered: post the next one, then tell the page.
    fn finish(&self, id: u64, reply: Reply) {
        let (next, on_event) = {
            let mut inner = self.0.borrow_mut();
            (inner.queue.done(id), inner.on_event.clone())
        };
        if let Some(job) = next {
            self.post(job);
        }
        on_event.emit(Event::Reply(id, reply));
    }
}

/// Analyses `job` here, in the page.
fn analyse_here(job: &Job) -> Reply {
    let (analysis, elapsed_ms) =
        crate::clock::timed(|| whosaid::analyze(&job.text, &whosaid::Options { date: job.date }));
    Reply::Done { analysis, elapsed_ms }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(id: u64) -> Job {
        Job { id, text: format!("text {id}").into(), date: None }
    }

    fn ids(jobs: &[Job]) -> Vec<u64> {
        jobs.iter().map(|j| j.id).collect()
    }

    #[test]
    fn jobs_wait_for_the_engine_and_only_the_newest_waits() {
        let mut q = Queue::default();
        assert!(q.submit(job(1)).is_none(), "not ready yet");
        assert!(q.submit(job(2)).is_none());
        assert_eq!(q.ready().map(|j| j.id), Some(2), "1 was replaced before it was sent");
        assert!(q.submit(job(3)).is_none(), "2 is running");
        assert!(q.submit(job(4)).is_none());
        assert_eq!(q.done(1).map(|j| j.id), None, "an answer to a job not running changes nothing");
        assert_eq!(q.done(2).map(|j| j.id), Some(4), "3 was never sent");
        assert_eq!(q.done(4).map(|j| j.id), None);
        assert_eq!(q.submit(job(5)).map(|j| j.id), Some(5), "idle: sent at once");
    }

    #[test]
    fn a_restart_sends_the_running_job_again_unless_a_newer_one_waits() {
        let mut q = Queue::default();
        q.ready();
        q.submit(job(1));
        q.restart();
        assert!(q.running().is_none());
        assert_eq!(q.ready().map(|j| j.id), Some(1), "sent again to the new engine");
        q.submit(job(2));
        q.restart();
        assert_eq!(q.ready().map(|j| j.id), Some(2), "the newer job wins");
        assert_eq!(ids(&q.drain()), [2]);
        assert!(q.drain().is_empty());
    }

    #[test]
    fn failures_explain_themselves() {
        assert_eq!(
            Failure::TooLongForPage { bytes: 3_148_990 }.message(),
            "This article (3.1 MB) was not analysed: this browser did not start a background worker, and \
             analysing more than 200 KB in the page itself would freeze it. Your text is kept; try another \
             browser, or the whosaid command line."
        );
        for f in [Failure::Crashed, Failure::Mismatch] {
            assert!(f.message().contains("Your text is kept"), "{f:?}");
        }
    }

    #[test]
    fn a_job_answered_elsewhere_drops_the_waiting_one() {
        let mut q = Queue::default();
        q.ready();
        q.submit(job(1));
        q.submit(job(2));
        q.supersede();
        assert_eq!(q.running().map(|j| j.id), Some(1), "the running job still comes back");
        assert_eq!(q.done(1).map(|j| j.id), None, "2 is not sent");
        assert_eq!(q.submit(job(3)).map(|j| j.id), Some(3));
    }

    #[test]
    fn a_crashed_job_is_not_tried_again() {
        let mut q = Queue::default();
        q.ready();
        q.submit(job(1));
        q.submit(job(2));
        assert_eq!(q.abandon().map(|j| j.id), Some(1));
        assert!(q.submit(job(3)).is_none(), "no engine until the next is ready");
        assert_eq!(q.ready().map(|j| j.id), Some(3));
    }
}
