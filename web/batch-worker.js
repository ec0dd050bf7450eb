// The officers' batch worker: runs cmd/batchworker's WebAssembly (batch.wasm) off the
// page's thread, so that the page stays responsive while ten thousand rows are assessed.
// The page sends it the file itself; its bytes never pass through the page's own program.
// See cmd/batchworker for the messages.
"use strict";

importScripts("../wasm_exec.js");

const waiting = [];
self.onmessage = (event) => waiting.push(event.data);

async function start() {
  const go = new Go();
  let instance;
  try {
    ({ instance } = await WebAssembly.instantiateStreaming(fetch("batch.wasm"), go.importObject));
  } catch (err) {
    // A host that serves .wasm under another type: compile from the bytes instead.
    const bytes = await (await fetch("batch.wasm")).arrayBuffer();
    ({ instance } = await WebAssembly.instantiate(bytes, go.importObject));
  }
  go.run(instance); // main registers self.baotouBatch, then waits for calls
  self.onmessage = (event) => handle(event.data);
  waiting.splice(0).forEach(handle);
  self.postMessage({ type: "ready" });
}

async function handle(message) {
  try {
    if (message.type === "assess") {
      // A file the officer chose, or the site's own example.
      const source = message.file || await fetch(message.url);
      const bytes = new Uint8Array(await source.arrayBuffer());
      self.baotouBatch.assess(bytes, message.lang);
    } else if (message.type === "render") {
      self.baotouBatch.render(message.lang);
    }
  } catch (err) {
    self.postMessage({ type: "failed", message: String(err) });
  }
}

start().catch((err) => self.postMessage({ type: "failed", message: String(err) }));
