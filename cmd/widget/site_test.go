//go:build !wasm

package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/shopspring/decimal"

	"baotou-widget/rules"
)

// The browser tests run the widget as a park's host would serve it: the static site,
// written once by TestMain, for the root and for a sub-path.
var (
	sites      = map[string]string{} // base → folder
	siteWriter string                // the widget built for this machine, whose static command writes a site
	assessor   string                // cmd/assess, built once: the tests compare the page with it
)

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "widget-site-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := 1
	if err := buildSites(dir); err != nil {
		fmt.Fprintln(os.Stderr, "building the sites:", err)
	} else {
		code = m.Run()
	}
	if shared.ctx != nil {
		chromedp.Cancel(shared.ctx)
		os.RemoveAll(shared.dir)
	}
	os.RemoveAll(dir)
	os.Exit(code)
}

// buildSites builds cmd/assess and the WebAssembly (the questionnaire's and the officers'
// batch worker's) once, side by side, and writes the site for "/" and "/widget" with the
// widget's own static command, run as a program of its own so that -race does not slow
// its compression; the second site reuses the first's compressed wasm.
func buildSites(dir string) error {
	server := filepath.Join(dir, "widget-server")
	siteWriter, assessor = server, filepath.Join(dir, "assess")
	root := filepath.Join(dir, "root")
	builds := []*exec.Cmd{exec.Command("go", "build", "-o", server, "."), exec.Command("go", "build", "-o", assessor, "../assess")}
	for wasm, pkg := range map[string]string{"app.wasm": ".", "batch.wasm": "../batchworker"} {
		build := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(root, "web", wasm), pkg)
		build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		builds = append(builds, build)
	}
	var wg sync.WaitGroup
	errs := make([]error, len(builds))
	for i, build := range builds {
		wg.Go(func() {
			if out, err := build.CombinedOutput(); err != nil {
				errs[i] = fmt.Errorf("%v: %s", err, out)
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return err
	}
	keep := reuseTwins(filepath.Join(root, "web"), "app.wasm", "batch.wasm")
	for _, base := range []string{"", "/widget"} {
		out := root
		if base != "" {
			out = filepath.Join(dir, "site"+strings.ReplaceAll(base, "/", "-"))
			os.MkdirAll(filepath.Join(out, "web"), 0o755)
			for _, name := range []string{"app.wasm", "app.wasm.gz", "app.wasm.br", "batch.wasm", "batch.wasm.gz", "batch.wasm.br"} {
				if err := os.Link(filepath.Join(root, "web", name), filepath.Join(out, "web", name)); err != nil {
					return err
				}
			}
		}
		args := []string{"static", "-out", out, "-web", "../../web", "-base", base, "-public-url", "https://kj.example.cn" + base}
		if base != "" { // one site names its contact, the other leaves it to the department (next_test.go)
			args = append(args, "-contact-zh", testContact[rules.Chinese], "-contact-en", testContact[rules.English])
		}
		static := exec.Command(server, args...)
		if msg, err := static.CombinedOutput(); err != nil {
			return fmt.Errorf("%v: %s", err, msg)
		}
		sites[base] = out
	}
	keep()
	return nil
}

// reuseTwins puts beside each WebAssembly in dir the compressed twins (.gz, .br) that a
// run before made of the same bytes, kept in the user's cache by the bytes' hash: brotli's
// best level takes half a minute on them, and make soak or the next go test builds the
// same bytes again. It gives what keeps the twins the static command writes, for the next
// run; the cache holds one set a file.
func reuseTwins(dir string, names ...string) (keep func()) {
	cache, err := os.UserCacheDir()
	if err != nil {
		return func() {}
	}
	var store []func()
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			continue
		}
		sum := sha256.Sum256(data)
		kept := filepath.Join(cache, "baotou-widget-tests", name+"-"+hex.EncodeToString(sum[:8]))
		if copyFiles(kept, dir, name+".gz", name+".br") == nil {
			continue // newer than the wasm, so the static command keeps them
		}
		store = append(store, func() {
			tmp, err := os.MkdirTemp(filepath.Dir(kept), "new-")
			if err != nil || copyFiles(dir, tmp, name+".gz", name+".br") != nil {
				os.RemoveAll(tmp)
				return
			}
			old, _ := filepath.Glob(filepath.Join(filepath.Dir(kept), name+"-*"))
			os.RemoveAll(kept) // a set cut short
			if os.Rename(tmp, kept) != nil {
				os.RemoveAll(tmp)
				return
			}
			for _, o := range old {
				if o != kept {
					os.RemoveAll(o)
				}
			}
		})
	}
	if len(store) > 0 {
		os.MkdirAll(filepath.Join(cache, "baotou-widget-tests"), 0o755)
	}
	return func() {
		for _, f := range store {
			f()
		}
	}
}

// copyFiles copies the named files from one folder to another.
func copyFiles(from, to string, names ...string) error {
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join(from, name))
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(to, name), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// serve starts a server of the site built for base; the test may stop it early.
func serve(t *testing.T, base string) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(NewSiteServer(sites[base], base))
	t.Cleanup(srv.Close)
	return srv
}

// chromiumFlags are the flags CI starts Chromium with.
func chromiumFlags(dataDir string) []chromedp.ExecAllocatorOption {
	return []chromedp.ExecAllocatorOption{
		chromedp.ExecPath("/usr/bin/chromium"),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true),
		chromedp.UserDataDir(dataDir),
		chromedp.WindowSize(1280, 1000),
	}
}

// shared is the one Chromium the browser tests share, started by the first that needs it;
// each test has a browser context of its own in it, with its own storage, as a fresh
// profile would.
var shared struct {
	once sync.Once
	ctx  context.Context
	err  error
	dir  string
}

// browser gives a tab in a fresh browser context of the shared Chromium or, for a test
// that needs other flags or a prepared profile, a Chromium of its own.
func browser(t *testing.T, extra ...chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	if _, err := os.Stat("/usr/bin/chromium"); err != nil {
		t.Fatal("Chromium is not installed at /usr/bin/chromium (.ci/run installs it: apt-get install -y chromium)")
	}
	if len(extra) > 0 {
		allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), append(chromiumFlags(t.TempDir()), extra...)...)
		ctx, cancelCtx := chromedp.NewContext(allocCtx)
		t.Cleanup(func() { cancelCtx(); cancelAlloc() })
		if err := chromedp.Do(ctx); err != nil {
			t.Fatal("starting Chromium:", err)
		}
		return ctx
	}
	shared.once.Do(func() {
		shared.dir, _ = os.MkdirTemp("", "chromium-")
		allocCtx, _ := chromedp.NewExecAllocator(context.Background(), chromiumFlags(shared.dir)...)
		shared.ctx, _ = chromedp.NewContext(allocCtx)
		shared.err = chromedp.Do(shared.ctx)
	})
	if shared.err != nil {
		t.Fatal("starting Chromium:", shared.err)
	}
	ctx, cancel := chromedp.NewContext(shared.ctx, chromedp.WithNewBrowserContext())
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatal("opening a tab:", err)
	}
	return ctx
}

// do runs browser steps and fails the test on error, after at most a minute.
func do(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

// get runs one browser action and gives its value.
func get[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// js evaluates an expression, awaiting it if it is a promise.
func js[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	return get(t, ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
}

// settle waits until the page has done what the test did: it asks the page, which
// answers once go-app has handled every event before the request and drawn every part it
// changed (app/settle.go), and then lets the browser paint twice, which runs what follows
// a paint (resize observers, scroll events). The questionnaire and /brief answer;
// /officers does its work in a worker, whose results the tests wait for by their hooks
// (data-batch-*), so there settle only lets the browser paint.
func settle(t *testing.T, ctx context.Context) {
	t.Helper()
	settled(t, js[string](t, ctx, settleJS("{}")))
}

// quiet is settle, and waits as well for the work that waits for a pause in typing
// (saving the answers, telling screen readers the totals), after its pause.
func quiet(t *testing.T, ctx context.Context) {
	t.Helper()
	settled(t, js[string](t, ctx, settleJS("{quiet: true}")))
}

// flush is settle with the work that waits for a pause done at once: each test starts
// from a quiet page without waiting for the pause.
func flush(t *testing.T, ctx context.Context) {
	t.Helper()
	settled(t, js[string](t, ctx, settleJS("{flush: true}")))
}

// settled fails the test with what settleJS found, if the page did not settle.
func settled(t *testing.T, stuck string) {
	t.Helper()
	if stuck != "" {
		t.Fatal("the page did not settle: " + stuck)
	}
}

// settleJS asks the page to settle, with options, and gives "" once it has and has been
// painted. A page that has not after 50 s (the tests' steps fail after a minute) gives
// instead what it shows of the request's progress (app/settle.go), for the failure.
func settleJS(options string) string {
	return `new Promise(resolve => {
		const painted = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve("")));
		if (!document.querySelector("[data-pending], [data-step]")) return painted();
		const id = window.__settles = (window.__settles || 0) + 1;
		const detail = Object.assign({id}, ` + options + `);
		let answered = false;
		addEventListener("baotou-widget:settled", function done(e) {
			if (e.detail !== id) return;
			answered = true;
			removeEventListener("baotou-widget:settled", done);
			painted();
		});
		setTimeout(() => {
			const {id, ...progress} = detail;
			resolve((answered ? "answered, but no frame was painted after 50 s" : "no answer in 50 s") +
				"; request " + JSON.stringify(progress) + ", visibility " + document.visibilityState +
				", data-pending " + (document.querySelector("[data-pending]") || {dataset: {}}).dataset.pending +
				", focus on " + (document.activeElement && (document.activeElement.id || document.activeElement.tagName)));
		}, 50000);
		dispatchEvent(new CustomEvent("baotou-widget:settle", {detail}));
	})`
}

// waitFor polls cond, which the test reads outside the page (a file, a node's frame),
// until it holds, for at most a minute.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatalf("waited a minute in vain for %s", what)
}

// attr reads an attribute of the first element that matches a CSS selector.
func attr(t *testing.T, ctx context.Context, sel, name string) string {
	t.Helper()
	return get(t, ctx, chromedp.AttributeValue(chromedp.CSS(sel), name)).Value
}

// open loads a page and waits until the program has mounted and, on the questionnaire,
// until the page is quiet.
func open(t *testing.T, ctx context.Context, url string) {
	t.Helper()
	do(t, ctx, chromedp.Navigate(url), chromedp.WaitVisible(chromedp.CSS(`[data-ready]`)))
	if js[bool](t, ctx, `!!document.querySelector("[data-pending]")`) {
		quiet(t, ctx)
	}
}

// fill answers the questionnaire through its inputs, found by data-q, in the order of the
// answers contract (a lead question comes before the details it opens).
func fill(t *testing.T, ctx context.Context, a rules.Answers) { fillIn(t, ctx, a, nil, nil) }

// fillIn fills the questionnaire in the document of frame (nil for the page itself), and
// calls after (if not nil) once each answer is given.
func fillIn(t *testing.T, ctx context.Context, a rules.Answers, frame *chromedp.Node, after func(path string)) {
	t.Helper()
	in := chromedp.FromNode(frame)
	settled := func() {
		if frame == nil {
			settle(t, ctx)
		} else {
			settleIn(t, ctx, frame)
		}
	}
	eval := func(expr string) {
		if frame == nil {
			js[chromedp.Void](t, ctx, expr)
		} else {
			jsIn[bool](t, ctx, frame, "("+expr+", true)")
		}
	}
	// tap clicks a box or a button. In a frame the host's window scrolls, and the widget's
	// totals bar stands at the foot of what it shows: as a person would, the control is
	// first scrolled to the middle of the window.
	tap := func(q chromedp.CSS) {
		t.Helper()
		do(t, ctx, chromedp.WaitVisible(q, in))
		if frame != nil {
			jsIn[bool](t, ctx, frame, `document.querySelector(`+jsString(string(q))+`).scrollIntoView({block: "center"}), true`)
			settled()
		}
		do(t, ctx, chromedp.Click(q, in))
	}
	incubator := a.IncubatorRating != "" || a.Cultivated != (rules.Cultivated{})
	for i := range rules.Fields {
		f := &rules.Fields[i]
		sel := fmt.Sprintf(`[data-q=%q]`, f.Path)
		if f.Path == "incubatorRating" && incubator {
			// 八 is asked of an incubator's operator: its lead question comes first.
			tap(chromedp.CSS(`#q-incubator`))
			do(t, ctx, chromedp.WaitVisible(chromedp.CSS(sel), in))
		}
		answered := true
		switch f.Kind {
		case rules.KindBool:
			if answered = *f.Bool(&a); answered {
				tap(chromedp.CSS(sel))
			}
		case rules.KindEnum:
			if v := *f.Text(&a); v != "" {
				do(t, ctx, chromedp.WaitVisible(chromedp.CSS(sel), in))
				eval(fmt.Sprintf(`(() => { const s = document.querySelector(%q); s.value = %q;
					s.dispatchEvent(new Event("change", {bubbles: true})); })()`, sel, v))
			} else {
				answered = false
			}
		case rules.KindList:
			answered = len(*f.List(&a)) > 0
			for _, v := range *f.List(&a) {
				tap(chromedp.CSS(fmt.Sprintf(`%s[value=%q]`, sel, v)))
			}
		case rules.KindAmount:
			if v := *f.Amount(&a); !v.IsZero() {
				do(t, ctx, chromedp.WaitVisible(chromedp.CSS(sel), in))
				text := v.String()
				if get(t, ctx, chromedp.AttributeValue(chromedp.CSS(sel), "data-unit", in)).Value == "wan" {
					text = v.Div(decimal.NewFromInt(10000)).String()
				}
				do(t, ctx, chromedp.SendKeys(chromedp.CSS(sel), text, in))
			} else {
				answered = false
			}
		case rules.KindCount, rules.KindYear:
			if n := *f.Int(&a); n != 0 {
				do(t, ctx, chromedp.WaitVisible(chromedp.CSS(sel), in), chromedp.SendKeys(chromedp.CSS(sel), fmt.Sprint(n), in))
			} else {
				answered = false
			}
		}
		if answered && after != nil {
			settled()
			after(f.Path)
		}
	}
}

// httptestServer serves handler for the test.
func httptestServer(t *testing.T, handler http.Handler) *httptest.Server {
	srv := httptest.NewServer(handler)
	t.Cleanup(srv.Close)
	return srv
}

// shown is what the results panel says, read from its hooks.
type shown struct {
	Total            string               `json:"total"`
	TotalUpTo        string               `json:"totalUpTo"`
	TotalCompetitive string               `json:"totalCompetitive"`
	Items            map[string]shownItem `json:"items"`
}

type shownItem struct {
	Eligible string `json:"eligible"`
	Amount   string `json:"amount"`
}

func readResults(t *testing.T, ctx context.Context) shown { return readResultsIn(t, ctx, nil) }

// readResultsIn reads the figures in the document of frame (nil for the page itself).
func readResultsIn(t *testing.T, ctx context.Context, frame *chromedp.Node) shown {
	t.Helper()
	const expr = `({total: document.querySelector("[data-total]").dataset.total,
		totalUpTo: document.querySelector("[data-total-upto]").dataset.totalUpto,
		totalCompetitive: document.querySelector("[data-total-competitive]").dataset.totalCompetitive,
		items: Object.fromEntries([...document.querySelectorAll("[data-item]")].map(e =>
			[e.dataset.item, {eligible: e.dataset.eligible, amount: e.dataset.amount}]))})`
	if frame == nil {
		settle(t, ctx)
		return js[shown](t, ctx, expr)
	}
	settleIn(t, ctx, frame)
	return jsIn[shown](t, ctx, frame, expr)
}

// assessed is what cmd/assess prints for an answers file.
func assessed(t *testing.T, path string) rules.Report {
	t.Helper()
	out, err := exec.Command(assessor, "-lang", "en", path).Output()
	if err != nil {
		t.Fatalf("cmd/assess %s: %v", path, err)
	}
	var r rules.Report
	if err := json.Unmarshal(out, &r); err != nil {
		t.Fatal(err)
	}
	return r
}

// openFilled loads a page, answers it as the example called name, and returns once the
// page is quiet.
func openFilled(t *testing.T, ctx context.Context, url, name string) {
	t.Helper()
	open(t, ctx, url)
	fill(t, ctx, decodeFile(t, examples+name+".answers.json"))
	flush(t, ctx)
}

func decodeFile(t *testing.T, path string) rules.Answers {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := rules.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// sameAsAssess compares the page's figures with cmd/assess's, item by item.
func sameAsAssess(t *testing.T, got shown, want rules.Report) {
	t.Helper()
	if got.Total != want.Total || got.TotalUpTo != want.TotalUpTo || got.TotalCompetitive != want.TotalCompetitive {
		t.Errorf("totals on the page %s / %s / %s, cmd/assess %s / %s / %s", got.Total, got.TotalUpTo, got.TotalCompetitive, want.Total, want.TotalUpTo, want.TotalCompetitive)
	}
	if len(got.Items) != len(want.Items) {
		t.Errorf("%d items on the page, want %d", len(got.Items), len(want.Items))
	}
	for _, it := range want.Items {
		g := got.Items[string(it.ID)]
		if g.Eligible != fmt.Sprint(it.Eligible) || g.Amount != it.Amount {
			t.Errorf("%s on the page: eligible %s amount %s; cmd/assess: %v %s", it.ID, g.Eligible, g.Amount, it.Eligible, it.Amount)
		}
	}
}
