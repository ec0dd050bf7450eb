package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// site is a built static site and how big its WebAssembly is.
type site struct {
	dir   string
	sizes Sizes
}

// buildSites builds the widget's site with make static's steps, and the floor's with the
// same compiler flags and the same compression.
func buildSites(dir string) (map[string]*site, error) {
	server := filepath.Join(dir, "widget-server")
	if err := run("", "go", "build", "-o", server, "./cmd/widget"); err != nil {
		return nil, err
	}
	sites := map[string]*site{}
	for _, s := range []struct{ name, pkg string }{{"widget", "./cmd/widget"}, {"floor", "./cmd/bench/floor"}} {
		out := filepath.Join(dir, s.name)
		wasm := filepath.Join(out, "web", "app.wasm")
		if err := run("GOOS=js GOARCH=wasm", "go", "build", "-trimpath", "-ldflags=-s -w", "-o", wasm, s.pkg); err != nil {
			return nil, err
		}
		if s.name == "widget" {
			// make static's second WebAssembly: the officers' batch worker.
			if err := run("GOOS=js GOARCH=wasm", "go", "build", "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(out, "web", "batch.wasm"), "./cmd/batchworker"); err != nil {
				return nil, err
			}
			if err := run("", server, "static", "-out", out); err != nil {
				return nil, err
			}
		} else {
			// The floor gets the widget's icons, so that its service worker can cache them,
			// and the same precompressed twins.
			if err := os.CopyFS(filepath.Join(out, "web", "icons"), os.DirFS("web")); err != nil {
				return nil, err
			}
			if err := run("", "go", "run", s.pkg, "static", out); err != nil {
				return nil, err
			}
			if err := run("", server, "compress", out); err != nil {
				return nil, err
			}
		}
		sizes, err := wasmSizes(wasm)
		if err != nil {
			return nil, err
		}
		sites[s.name] = &site{dir: out, sizes: sizes}
	}
	return sites, nil
}

// run runs a command in the project's folder, with extra environment variables.
func run(env string, name string, args ...string) error {
	cmd := exec.Command(name, args...)
	cmd.Env = os.Environ()
	if env != "" {
		cmd.Env = append(cmd.Env, strings.Fields(env)...)
	}
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%s %v: %v\n%s", name, args, err, out)
	}
	return nil
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
