//go:build !wasm

package main

import (
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
)

func init() {
	mime.AddExtensionType(".wasm", "application/wasm")
	mime.AddExtensionType(".webmanifest", "application/manifest+json")
}

// NewSiteServer serves a written site as any good static host would: clean addresses
// (/brief is brief.html), the precompressed twin the browser accepts (brotli, then gzip)
// with Content-Encoding and Vary, and revalidation by ETag so that a new build is seen at
// once. Under base it serves the site only below that sub-path, as a park's host would.
func NewSiteServer(dir, base string) http.Handler {
	return &siteServer{dir: dir, base: base}
}

type siteServer struct{ dir, base string }

func (s *siteServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	p := r.URL.Path
	if s.base != "" {
		if p == s.base {
			http.Redirect(w, r, s.base+"/", http.StatusMovedPermanently)
			return
		}
		rest, ok := strings.CutPrefix(p, s.base+"/")
		if !ok {
			http.NotFound(w, r)
			return
		}
		p = "/" + rest
	}
	file := s.find(path.Clean(p))
	if file == "" {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Cache-Control", "no-cache")
	ctype := mime.TypeByExtension(filepath.Ext(file))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Content-Security-Policy", contentSecurityPolicy)
	w.Header().Set("Referrer-Policy", "no-referrer")
	if compressible[filepath.Ext(file)] {
		w.Header().Add("Vary", "Accept-Encoding")
		accept := r.Header.Get("Accept-Encoding")
		for _, enc := range []struct{ name, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
			if strings.Contains(accept, enc.name) && exists(file+enc.ext) {
				w.Header().Set("Content-Encoding", enc.name)
				file += enc.ext
				break
			}
		}
	}
	f, err := os.Open(file)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	st, _ := f.Stat()
	http.ServeContent(w, r, "", st.ModTime(), f)
}

// find maps an address to a file of the site: /x is x, or x.html, or x/index.html.
func (s *siteServer) find(p string) string {
	name := filepath.Join(s.dir, filepath.FromSlash(p))
	for _, candidate := range []string{name, name + ".html", filepath.Join(name, "index.html")} {
		if st, err := os.Stat(candidate); err == nil && !st.IsDir() {
			return candidate
		}
	}
	return ""
}

func exists(name string) bool {
	_, err := os.Stat(name)
	return err == nil
}
