package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
)

// site is a built static site, the binary that serves it, and how big its WebAssembly is.
type site struct {
	dir    string // the static site
	server string // a widget binary: `server serve -dir dir` serves it
	sizes  Sizes  // zero when the compressed twins were not written
}

// trees are the two checkouts a run builds from: the widget's (-tree) and this one, which
// holds the bench and the floor.
type trees struct {
	widget, bench string
}

func (t trees) same() bool { return t.widget == t.bench }

// buildSites builds the widget's site from its tree with make static's steps (its own
// server writes the site and its compressed twins), and the floor's from this tree with the
// same compiler flags; this tree's widget server writes the floor's compressed twins, with
// the settings this tree's site uses, when compress is set (sizes and visits need them).
// The two are built side by side.
func buildSites(work string, t trees, compress bool) (map[string]*site, error) {
	widget := &site{dir: filepath.Join(work, "widget"), server: filepath.Join(work, "widget-server")}
	floor := &site{dir: filepath.Join(work, "floor"), server: widget.server}
	if !t.same() {
		floor.server = filepath.Join(work, "floor-server")
	}
	for _, s := range []*site{widget, floor} { // a -work folder of an earlier run
		if err := os.RemoveAll(s.dir); err != nil {
			return nil, err
		}
	}
	var wg sync.WaitGroup
	var errs [2]error
	serverBuilt := make(chan struct{}) // closed once the widget's server is built, or failed to
	wg.Go(func() {
		errs[0] = run(t.widget, "", "go", "build", "-o", widget.server, "./cmd/widget")
		close(serverBuilt)
		if errs[0] != nil {
			return
		}
		errs[0] = steps(
			func() error { return buildWasm(t.widget, "./cmd/widget", filepath.Join(widget.dir, "web", "app.wasm")) },
			// make static's second WebAssembly: the officers' batch worker.
			func() error {
				return buildWasm(t.widget, "./cmd/batchworker", filepath.Join(widget.dir, "web", "batch.wasm"))
			},
			func() error { return run(t.widget, "", widget.server, "static", "-out", widget.dir) },
		)
		if errs[0] == nil {
			widget.sizes, errs[0] = wasmSizes(filepath.Join(widget.dir, "web", "app.wasm"))
		}
	})
	wg.Go(func() {
		static := filepath.Join(work, "floor-static")
		errs[1] = steps(
			func() error {
				return buildWasm(t.bench, "./cmd/bench/floor", filepath.Join(floor.dir, "web", "app.wasm"))
			},
			func() error { return run(t.bench, "", "go", "build", "-o", static, "./cmd/bench/floor") },
			// The floor gets the widget's icons, so that its service worker can cache them.
			func() error {
				return os.CopyFS(filepath.Join(floor.dir, "web", "icons"), os.DirFS(filepath.Join(t.bench, "web")))
			},
			func() error { return run(t.bench, "", static, "static", floor.dir) },
		)
		if errs[1] != nil {
			return
		}
		if !t.same() {
			// This tree's server serves the floor, whatever the widget's tree does.
			if errs[1] = run(t.bench, "", "go", "build", "-o", floor.server, "./cmd/widget"); errs[1] != nil {
				return
			}
		}
		if !compress {
			return
		}
		if t.same() {
			<-serverBuilt // one server binary for both, built by the widget's side
			if errs[0] != nil {
				return
			}
		}
		if errs[1] = run(t.bench, "", floor.server, "compress", floor.dir); errs[1] == nil {
			floor.sizes, errs[1] = wasmSizes(filepath.Join(floor.dir, "web", "app.wasm"))
		}
	})
	wg.Wait()
	if err := errors.Join(errs[:]...); err != nil {
		return nil, err
	}
	return map[string]*site{"widget": widget, "floor": floor}, nil
}

// buildWasm builds a package of a tree for the browser into out with the flags of make
// wasm, the same for the widget and the floor (the floor has no package the -gcflags
// pattern names).
func buildWasm(tree, pkg, out string) error {
	return run(tree, "GOOS=js GOARCH=wasm", "go", "build", "-trimpath", "-ldflags=-s -w", "-gcflags=baotou-widget/...=-l",
		"-o", out, pkg)
}

// steps runs each step in turn until one fails.
func steps(fs ...func() error) error {
	for _, f := range fs {
		if err := f(); err != nil {
			return err
		}
	}
	return nil
}

// run runs a command in a tree's folder, with extra environment variables.
func run(dir, env string, name string, args ...string) error {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = os.Environ()
	if env != "" {
		cmd.Env = append(cmd.Env, strings.Fields(env)...)
	}
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("in %s: %s %v: %v\n%s", dir, name, args, err, out)
	}
	return nil
}

// treeState names the commit a tree is at and whether it has changes not committed.
func treeState(dir string) string {
	out, err := exec.Command("git", "-C", dir, "describe", "--always", "--dirty").Output()
	if err != nil {
		return "unknown"
	}
	return strings.TrimSpace(string(out))
}

func wasmSizes(path string) (Sizes, error) {
	size := func(p string) int {
		st, err := os.Stat(p)
		if err != nil {
			return 0
		}
		return int(st.Size())
	}
	s := Sizes{Raw: size(path), Gzip: size(path + ".gz"), Brotli: size(path + ".br")}
	if s.Raw == 0 || s.Gzip == 0 || s.Brotli == 0 {
		return s, fmt.Errorf("%s or its compressed twins are missing", path)
	}
	return s, nil
}
