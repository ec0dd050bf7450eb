//go:build !wasm

package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// deps lists the packages a build of pkg links, for GOOS/GOARCH given in env.
func deps(t *testing.T, pkg string, env ...string) map[string]bool {
	t.Helper()
	cmd := exec.Command("go", "list", "-deps", pkg)
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list -deps %s: %v", pkg, err)
	}
	set := map[string]bool{}
	for _, p := range strings.Fields(string(out)) {
		set[p] = true
	}
	return set
}

// TestWasmStaysLean: the WebAssembly links nothing of the server side. Every package it
// needs beyond go-app's own is the rules, the app, decimal, the QR coder and runtime/debug
// (the garbage collector's pace, app/browser.go); net/http and the handler stay behind
// //go:build !wasm, and no image codec comes with the QR code.
func TestWasmStaysLean(t *testing.T) {
	wasm := []string{"GOOS=js", "GOARCH=wasm"}
	ours := deps(t, "./", wasm...)
	goapp := deps(t, "github.com/maxence-charriere/go-app/v10/pkg/app", wasm...)
	for p := range ours {
		if goapp[p] {
			continue
		}
		allowed := strings.HasPrefix(p, "baotou-widget/") || strings.HasPrefix(p, "github.com/shopspring/decimal") ||
			strings.HasPrefix(p, "rsc.io/qr/") || p == "embed" || p == "runtime/debug"
		if !allowed {
			t.Errorf("the WebAssembly links %s, which go-app does not", p)
		}
		if strings.HasPrefix(p, "net/http") || strings.Contains(p, "chromedp") || p == "github.com/andybalholm/brotli" {
			t.Errorf("the WebAssembly links the server side: %s", p)
		}
	}
	for _, p := range []string{"github.com/andybalholm/brotli", "net/http/httptest", "image/png", "github.com/piglig/go-qr"} {
		if ours[p] {
			t.Errorf("the WebAssembly links %s", p)
		}
	}
	// The officers' batch runs in its own worker (cmd/batchworker): the questionnaire
	// downloads none of its readers and writers.
	for p := range ours {
		if p == "baotou-widget/rules/batch" || strings.HasPrefix(p, "golang.org/x/text") ||
			p == "archive/zip" || p == "encoding/xml" || p == "encoding/csv" {
			t.Errorf("the questionnaire's WebAssembly links the batch's %s", p)
		}
	}
}

// TestBatchWorkerIsSmall: the batch worker's WebAssembly is the rules, the batch and
// syscall/js: no go-app, no app, nothing of the server.
func TestBatchWorkerIsSmall(t *testing.T) {
	ours := deps(t, "../batchworker", "GOOS=js", "GOARCH=wasm")
	if !ours["baotou-widget/rules/batch"] || !ours["syscall/js"] {
		t.Fatal("cmd/batchworker does not link the batch and syscall/js")
	}
	for p := range ours {
		if strings.Contains(p, "go-app") || p == "baotou-widget/app" || strings.HasPrefix(p, "net/http") || strings.Contains(p, "chromedp") ||
			strings.HasPrefix(p, "github.com/xuri/") { // excelize checks the .xlsx reader in tests only
			t.Errorf("the batch worker links %s", p)
		}
	}
}

// TestRulesArePlainGo: the rules pull in nothing of the browser or of go-app.
func TestRulesArePlainGo(t *testing.T) {
	for p := range deps(t, "baotou-widget/rules") {
		if p == "syscall/js" || strings.Contains(p, "go-app") || strings.HasPrefix(p, "baotou-widget/app") {
			t.Errorf("rules imports %s", p)
		}
	}
}
