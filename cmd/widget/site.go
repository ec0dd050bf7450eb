//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strconv"

	"github.com/andybalholm/brotli"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	widget "baotou-widget/app"
	"baotou-widget/rules"
	"baotou-widget/rules/batch"
	personas "baotou-widget/rules/examples"
)

// workerJS is our service worker: go-app's default caches nothing when one resource is
// missing, serves deep links and ?query addresses only online, and breaks under a
// sub-path (it caches the redirect). See worker.js.
//
//go:embed worker.js
var workerJS string

// embedJS is the one-line embed for the park's pages, written at the site's root.
//
//go:embed embed.js
var embedJS string

// contentSecurityPolicy lets the page load and talk to nothing but its own origin: its own
// scripts and WebAssembly ('wasm-unsafe-eval' compiles it; no eval, no inline script), its
// own style sheets, images and worker, and no connection elsewhere. Style attributes are
// allowed (style-src-attr): the chart's point and the briefing's bars are placed by them,
// and a style attribute can run nothing and, with img-src and font-src 'self', fetch
// nothing from elsewhere. It is set as a <meta> in every page, so that it holds on any
// static host, and as a header by our own server.
const contentSecurityPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; style-src-attr 'unsafe-inline'; " +
	"img-src 'self'; font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; " +
	"object-src 'none'; base-uri 'self'; form-action 'none'"

// SiteOptions says what to write and for which address.
type SiteOptions struct {
	Out  string // the folder written; Out/web/app.wasm and batch.wasm must already be built
	Web  string // the folder of static assets copied to Out/web
	Base string // the sub-path the site is hosted under ("" or "/widget")
	// Deployment is what the deployment states about itself: the public address for share
	// links and QR codes, the policy's issue date for its validity.
	Deployment widget.Deployment
}

// SiteInfo is what WriteSite measured.
type SiteInfo struct {
	Version                           string
	WasmSize, WasmGzip, WasmBrotli    int
	BatchSize, BatchGzip, BatchBrotli int // the officers' batch worker's WebAssembly
}

// newHandler configures go-app for the widget.
func newHandler(opts SiteOptions, version string, wasmSize int) *app.Handler {
	zh := widget.T(rules.Chinese)
	resources := app.LocalDir("")
	if opts.Base != "" {
		resources = app.PrefixedLocation(opts.Base)
	}
	return &app.Handler{
		Name:            "包头稀土高新区科技创新八条措施自评",
		ShortName:       "八条措施自评",
		Title:           zh.AppName,
		Description:     zh.Tagline,
		Author:          "包头稀土高新区",
		Lang:            "zh-CN",
		Icon:            app.Icon{Default: "/web/icon-192.png", Large: "/web/icon-512.png", Maskable: "/web/icon-maskable.png", SVG: "/web/icon.svg"},
		BackgroundColor: "#ffffff",
		ThemeColor:      "#0b5563",
		LoadingLabel:    zh.LoadingLabel,
		Styles:          []string{"/web/style.css"},
		Resources:       resources,
		// The version is the content's hash: it changes exactly when a visitor must
		// download again (an empty one would force that after every build).
		Version: version,
		// Hosts serve app.wasm compressed; go-app counts decompressed bytes, so the
		// progress bar needs the raw size.
		WasmContentLength:     strconv.Itoa(wasmSize),
		ServiceWorkerTemplate: workerJS,
		// Every page and the spreadsheets, so that each works offline after the first visit.
		// The batch worker and its WebAssembly are cached when /officers first uses them
		// (worker.js), so that the questionnaire's visitors do not download them.
		CacheableResources: append([]string{"/brief", "/officers"}, spreadsheetPaths()...),
		Env:                opts.Deployment.Env(),
		RawHeaders:         []string{`<meta http-equiv="Content-Security-Policy" content="` + contentSecurityPolicy + `">`},
	}
}

// WriteSite writes the static website: the pages of every route, go-app's scripts, our
// assets, and a .br and .gz twin of every compressible file.
func WriteSite(opts SiteOptions) (SiteInfo, error) {
	wasmPath := filepath.Join(opts.Out, "web", "app.wasm")
	wasm, err := os.ReadFile(wasmPath)
	if err != nil {
		return SiteInfo{}, fmt.Errorf("%w (build it first: make static)", err)
	}
	if err := copyDir(opts.Web, filepath.Join(opts.Out, "web")); err != nil {
		return SiteInfo{}, err
	}
	batchPath := filepath.Join(opts.Out, "web", "batch.wasm")
	batchWasm, err := os.ReadFile(batchPath)
	if err != nil {
		return SiteInfo{}, fmt.Errorf("%w (build it first: make static)", err)
	}
	if err := writeSpreadsheets(filepath.Join(opts.Out, "web")); err != nil {
		return SiteInfo{}, err
	}
	if err := os.WriteFile(filepath.Join(opts.Out, "embed.js"), []byte(embedJS), 0o644); err != nil {
		return SiteInfo{}, err
	}
	version, err := contentVersion(opts, wasm, batchWasm)
	if err != nil {
		return SiteInfo{}, err
	}
	if err := app.GenerateStaticWebsite(opts.Out, newHandler(opts, version, len(wasm))); err != nil {
		return SiteInfo{}, err
	}
	if err := quietLoaderIcon(opts.Out); err != nil {
		return SiteInfo{}, err
	}
	if err := completeManifest(opts.Out, opts.Base); err != nil {
		return SiteInfo{}, err
	}
	if err := publicOG(opts.Out, opts.Deployment.PublicURL); err != nil {
		return SiteInfo{}, err
	}
	if err := streamWasm(opts.Out); err != nil {
		return SiteInfo{}, err
	}
	if err := CompressTree(opts.Out); err != nil {
		return SiteInfo{}, err
	}
	gz, br, _ := currentTwins(wasmPath)
	bgz, bbr, _ := currentTwins(batchPath)
	return SiteInfo{Version: version, WasmSize: len(wasm), WasmGzip: gz, WasmBrotli: br,
		BatchSize: len(batchWasm), BatchGzip: bgz, BatchBrotli: bbr}, nil
}

// quietLoaderIcon gives go-app's loading icon, which only decorates, an empty text
// alternative in every page: go-app writes it as "wasm loader icon", in English on a
// Chinese page, and a screen reader would read it out.
func quietLoaderIcon(dir string) error {
	pages, err := filepath.Glob(filepath.Join(dir, "*.html"))
	if err != nil {
		return err
	}
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if err := os.WriteFile(p, bytes.ReplaceAll(b, []byte(`alt="wasm loader icon"`), []byte(`alt=""`)), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// wasmFetch is how go-app's loader (app.js) fetches app.wasm: through a JavaScript stream
// that counts the bytes for its progress label. Every chunk of the 8 MB then passes
// through script on the page's main thread (at 4× CPU, 0.5–1 s of it between the
// navigation and the first frame, in a profile), and WebAssembly.instantiateStreaming
// gets a made-up response rather than the browser's own. streamWasm gives it the fetch's
// response as it is: the browser compiles as the bytes arrive, off the main thread; the
// loading label says only that the calculator is loading.
var wasmFetch = regexp.MustCompile(`fetchWithProgress\(("[^"]*/web/app\.wasm"), showProgress\)`)

// streamWasm makes the loader of every page hand app.wasm's response to the compiler
// untouched (wasmFetch).
func streamWasm(dir string) error {
	p := filepath.Join(dir, "app.js")
	b, err := os.ReadFile(p)
	if err != nil {
		return err
	}
	if !wasmFetch.Match(b) {
		return fmt.Errorf("%s: go-app's loader no longer fetches app.wasm as streamWasm expects", p)
	}
	return os.WriteFile(p, wasmFetch.ReplaceAll(b, []byte("fetch($1)")), 0o644)
}

// CompressTree writes a .gz and a .br twin beside every compressible file under dir, for
// hosts that serve precompressed files (and for our own server).
func CompressTree(dir string) error {
	return filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !compressible[filepath.Ext(path)] {
			return err
		}
		_, _, err = writeCompressed(path)
		return err
	})
}

// spreadsheets are the templates officers start a batch from, in Chinese and English,
// and the Chinese one filled with the briefing's example organisations, to try the page.
var spreadsheets = []struct {
	path          string
	lang          rules.Lang
	xlsx, example bool
}{
	{"/web/forecast-template.xlsx", rules.Chinese, true, false},
	{"/web/forecast-template.csv", rules.Chinese, false, false},
	{"/web/forecast-template-en.xlsx", rules.English, true, false},
	{"/web/forecast-template-en.csv", rules.English, false, false},
	{"/web/forecast-example.xlsx", rules.Chinese, true, true},
}

// spreadsheetPaths are the spreadsheets' addresses, which the service worker keeps.
func spreadsheetPaths() []string {
	var paths []string
	for _, s := range spreadsheets {
		paths = append(paths, s.path)
	}
	return paths
}

// writeSpreadsheets writes the spreadsheets into dir.
func writeSpreadsheets(dir string) error {
	var examplesRows []batch.Row
	for _, name := range personas.Names() {
		persona, ok := widget.Persona(rules.Chinese, name)
		if !ok {
			continue
		}
		data, err := personas.Answers(name)
		if err != nil {
			return err
		}
		a, err := rules.Decode(data)
		if err != nil {
			return err
		}
		examplesRows = append(examplesRows, batch.Row{Name: persona.Name, Answers: a})
	}
	for _, s := range spreadsheets {
		var rows []batch.Row
		if s.example {
			rows = examplesRows
		}
		write := batch.TemplateCSV
		if s.xlsx {
			write = batch.TemplateXLSX
		}
		var b bytes.Buffer
		if err := write(&b, s.lang, rows...); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, path.Base(s.path)), b.Bytes(), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// compressible are the extensions worth a precompressed twin.
var compressible = map[string]bool{".html": true, ".js": true, ".css": true, ".wasm": true, ".svg": true, ".webmanifest": true, ".json": true, ".csv": true}

// contentVersion hashes everything a visitor downloads, and the address it is built for.
func contentVersion(opts SiteOptions, wasm ...[]byte) (string, error) {
	h := sha256.New()
	for _, w := range wasm {
		h.Write(w)
	}
	fmt.Fprintf(h, "\x00%s\x00%q\x00%s\x00", opts.Base, opts.Deployment, contentSecurityPolicy)
	h.Write([]byte(workerJS))
	h.Write([]byte(wasmFetch.String()))
	h.Write([]byte(embedJS))
	err := filepath.WalkDir(opts.Web, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		fmt.Fprintf(h, "%s\x00", path)
		h.Write(b)
		return err
	})
	return hex.EncodeToString(h.Sum(nil))[:16], err
}

// writeCompressed writes path.gz and path.br beside path and gives their sizes. Twins
// newer than path are kept: brotli's best level takes half a minute on the wasm.
func writeCompressed(path string) (gz, br int, err error) {
	if gz, br, ok := currentTwins(path); ok {
		return gz, br, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return 0, 0, err
	}
	var g, b bytes.Buffer
	gw, _ := gzip.NewWriterLevel(&g, gzip.BestCompression)
	gw.Write(data)
	gw.Close()
	bw := brotli.NewWriterLevel(&b, brotli.BestCompression)
	bw.Write(data)
	bw.Close()
	if err := os.WriteFile(path+".gz", g.Bytes(), 0o644); err != nil {
		return 0, 0, err
	}
	return g.Len(), b.Len(), os.WriteFile(path+".br", b.Bytes(), 0o644)
}

// currentTwins gives the sizes of path's compressed twins if both are newer than path.
func currentTwins(path string) (gz, br int, ok bool) {
	src, err := os.Stat(path)
	if err != nil {
		return 0, 0, false
	}
	g, errG := os.Stat(path + ".gz")
	b, errB := os.Stat(path + ".br")
	if errG != nil || errB != nil || g.ModTime().Before(src.ModTime()) || b.ModTime().Before(src.ModTime()) {
		return 0, 0, false
	}
	return int(g.Size()), int(b.Size()), true
}

// copyDir copies the files of src into dst, leaving the WebAssembly, which is built there.
func copyDir(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		in, err := os.Open(path)
		if err != nil {
			return err
		}
		defer in.Close()
		out, err := os.Create(target)
		if err != nil {
			return err
		}
		if _, err := io.Copy(out, in); err != nil {
			out.Close()
			return err
		}
		return out.Close()
	})
}
