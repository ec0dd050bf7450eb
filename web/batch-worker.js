// The officers' batch worker: runs cmd/batchworker's WebAssembly (batch.wasm) off the
// page's thread, so that the page stays responsive while ten thousand rows are assessed.
// The page sends it the file itself; its bytes never pass through the page's own program.
// See cmd/batchworker for the messages.
"use strict";

importScripts("../wasm_exec.js");

const waiting = [];
self.onmessage = (event) => waiting.push(event.data);

const go = new Go();

async function start() {
  let instance;
  try {
    ({ instance } = await WebAssembly.instantiateStreaming(fetch("batch.wasm"), go.importObject));
  } catch (err) {
    // A host that serves .wasm under another type: compile from the bytes instead.
    const bytes = await (await fetch("batch.wasm")).arrayBuffer();
    ({ instance } = await WebAssembly.instantiate(bytes, go.importObject));
  }
  // main registers self.baotouBatch, then waits for calls: it ends only if the program
  // dies (out of memory), and the page then starts a fresh worker for the next file.
  go.run(instance).then(() => self.postMessage({ type: "exited" }));
  self.onmessage = (event) => inTurn(event.data);
  waiting.splice(0).forEach(inTurn);
  self.postMessage({ type: "ready" });
}

// inTurn handles the page's messages one after the other, in the order sent: a language
// switched while a file is being read applies to that file's forecast, not before it.
let turn = Promise.resolve();
const inTurn = (message) => { turn = turn.then(() => handle(message)); };

async function handle(message) {
  try {
    if (message.type === "assess") {
      // A file the officer chose, or the site's own example. A file too large is not read
      // at all: the program, given its length alone, refuses it with the limit.
      const source = message.file || await fetch(message.url);
      const tooLarge = message.file && message.file.size > self.baotouBatch.maxFileSize;
      const bytes = tooLarge ? { length: message.file.size } : new Uint8Array(await source.arrayBuffer());
      self.baotouBatch.assess(bytes, message.lang);
    } else {
      self.baotouBatch.handle(message); // a language, a sort, a page, a search
    }
  } catch (err) {
    // The program died while it ran (out of memory), or had died before.
    self.postMessage({ type: go.exited ? "exited" : "failed", message: String(err) });
  }
}

start().catch((err) => self.postMessage({ type: "failed", message: String(err) }));
