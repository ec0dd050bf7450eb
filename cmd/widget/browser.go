//go:build wasm

package main

// serverMain is nothing in the browser: RunWhenOnBrowser never returns there, and the
// server's code stays out of the WebAssembly the browser downloads.
func serverMain() {}
