// The analysis worker (a module worker; src/engine.rs starts it).
//
// Its first message is the page's own compiled WebAssembly module and the
// URL of the module's wasm-bindgen glue: the worker instantiates the same
// module (nothing is downloaded or compiled again; with no window, its main
// draws nothing), warms the engine up and says {ready: true}, or
// {failed: "why"} if it cannot. Then every {id, text, date} is answered with
// {id, bytes, ms}: the analysis in the form of src/wire.rs, in a buffer that
// is moved to the page, not copied.
let engine = null;

onmessage = async ({ data }) => {
  if (data.glue) {
    try {
      const glue = await import(data.glue);
      await glue.default({ module_or_path: data.module });
      glue.warm_up();
      engine = glue;
      postMessage({ ready: true });
    } catch (e) {
      postMessage({ failed: String(e) });
    }
    return;
  }
  const start = performance.now();
  const bytes = engine.analyse(data.text, data.date);
  postMessage({ id: data.id, bytes, ms: performance.now() - start }, [bytes.buffer]);
};
