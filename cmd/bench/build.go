package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/andybalholm/brotli"
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
			if err := run("", server, "static", "-out", out); err != nil {
				return nil, err
			}
		} else {
			for _, icon := range []string{"icon-192.png", "icon-512.png", "icon.svg"} {
				if err := copyFile(filepath.Join("web", icon), filepath.Join(out, "web", icon)); err != nil {
					return nil, err
				}
			}
			if err := run("", "go", "run", s.pkg, "static", out); err != nil {
				return nil, err
			}
			if err := compressTree(out); err != nil {
				return nil, err
			}
		}
		sizes, err := wasmSizes(wasm)
		if err != nil {
			return nil, err
		}
		sites[s.name] = &site{dir: out, sizes: sizes}
	}
	sites["widget"].dir = filepath.Join(dir, "widget")
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

// compressTree writes the .gz and .br twins the widget's site has, for the floor's files.
func compressTree(dir string) error {
	return filepath.Walk(dir, func(path string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return err
		}
		switch filepath.Ext(path) {
		case ".html", ".js", ".css", ".wasm", ".svg", ".webmanifest":
		default:
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		var g, b bytes.Buffer
		gw, _ := gzip.NewWriterLevel(&g, gzip.BestCompression)
		gw.Write(data)
		gw.Close()
		bw := brotli.NewWriterLevel(&b, brotli.BestCompression)
		bw.Write(data)
		bw.Close()
		if err := os.WriteFile(path+".gz", g.Bytes(), 0o644); err != nil {
			return err
		}
		return os.WriteFile(path+".br", b.Bytes(), 0o644)
	})
}

func copyFile(src, dst string) error {
	os.MkdirAll(filepath.Dir(dst), 0o755)
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
