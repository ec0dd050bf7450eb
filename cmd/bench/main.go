// Command bench measures the widget against go-app's floor, a page built with the same
// flags in the same run. `make bench` runs it; it writes dist/bench.json (every
// figure, raw samples included, and the goals met or not) and prints a table.
//
//	go run ./cmd/bench [-only sizes,visits,keystroke,rules] [-tree DIR] [-out FILE] …
//
// # Pages
//
// The widget's site is built with make static's steps; the floor (cmd/bench/floor) is
// go-app's hello world plus one text field whose input event redraws an echo line, built
// with the same compiler flags, served by the widget's own server and given the same
// precompressed twins.
//
// # Sizes
//
// app.wasm raw, and the .gz and .br twins each site serves, written by this tree's widget
// code (gzip and brotli at their best compression) for the floor. Brotli's output moves by
// about ±4 KB between builds for a two-line change: read the ratio with that in mind.
//
// # Visits
//
// First, repeat and offline visits in Chromium on a 9 Mbps / 60 ms and a 1.6 Mbps / 150 ms
// link, -runs cold browsers each, medians; and the bytes carried on the first visit. The
// link is throttled in the server, not in the page: every byte, the service worker's
// included, shares one bucket of bandwidth, and every response waits one round trip.
//
// # Startup
//
// Each page served unthrottled and opened in a fresh Chromium on a 412×823 touch screen
// (device pixel ratio 2) at -start-cpu× CPU (4): a cold visit, then, once the service
// worker has cached app.wasm, a warm one (a reload, HTTP cache and service worker in
// place); -runs browsers for each page, the floor and the widget taking turns. For each
// visit: when the ready marker ([data-ready] on the root, set by both pages once the
// program has mounted) appears, and when the page is interactive, the end of the last long
// task (> 50 ms) before two quiet seconds after it, as ../shared/tools/pagecheck/
// startcheck.js measures them; times from the navigation, in the page's clock. The goal:
// interactive within 1.3× the floor's, cold and warm.
//
// # Keystroke
//
// Each page is served unthrottled and opened in a headless Chromium of its own (fresh
// profile), and used once its service worker has cached app.wasm. The widget opens the
// magnet-maker's answers (rules/examples) through a share link, so that its field
// [data-q="rd.thisYear"] shows 1200 (万元); the floor's field [data-q="echo"] is brought to
// 1200 by keys. A recorder (recorder.js) is then installed in each page:
//
//   - a capturing input listener keeps the input event's timeStamp: the start;
//   - a MutationObserver on the document keeps the time of each DOM change; once the page
//     has been quiet for -quiet ms (150) of wall time after the input event, the last
//     change's time is the end. "ms" is end minus start: the key to the settled page;
//   - after each change, requestAnimationFrame then a MessageChannel message mark the
//     frame that shows it as painted; "paint" is that mark for the last change minus start.
//
// Keys are real key presses through CDP (Input.dispatchKeyEvent keyDown with the text for a
// digit, rawKeyDown for Backspace, a key without text; then keyUp), into the field focused
// with the cursor at its end, focus emulated as in a window in front:
//
//   - widget "cross": Backspace then "0" in turn (1200 → 120 → 1200): both items of clause 六,
//     m6.rd_growth and m6.rd_scale, move between earned and not earned;
//   - widget "still": "1" then Backspace (1200 → 12001 → 1200): both stay earned, their
//     amounts change (and, at ten times the figure, the R&D axis of 六's chart widens);
//   - floor: "1" then Backspace (1200 → 12001 → 1200): the echo follows.
//
// After each key the field's text is checked, and the page's hooks: the data-eligible of
// both items of 六 must be what this tree's rules.Assess gives for the text (so it flips for
// every cross key and never for a still key), the floor's [data-echo] must be the text. A
// key that brings no input event, no DOM change or no painted frame within -key-timeout
// seconds, or a page without its hooks, stops the run with an error: a broken page cannot
// give a fast figure.
//
// Cells are (page, kind of keys, CPU slowdown), the slowdown set with CDP's
// Emulation.setCPUThrottlingRate (-cpu 1,4). The machine is shared and noisy, so the pages
// take turns: for each slowdown, rounds of one block of -block keys (4) per cell, in the
// order cross, floor, still, then still, floor, cross, until each cell has -keys keys (40).
// Before the first block, -warm-page keys (10) of each kind warm the pages up at 1× (the
// browser compiles the WebAssembly's hot code fully only after it has run a while); each
// block may start with -warm keys (0: a block's first key measured no slower than the
// others). Neither is counted. A cell's figures are the median and the 90th percentile
// (linear between the closest ranks) of its keys; the ratios are the widget's over the
// floor's at the same slowdown, median over median and p90 over p90. The goals are issue
// 13's: at 4× median ≤ 1.5× and p90 ≤ 2× the floor's, at 1× median ≤ 1.3×, for both kinds
// of keys. results.json keeps every key: its times, the DOM changes seen (mutation
// callbacks) and any stray change made after the page had settled. At 4× the figures move
// with the machine's load (see the load average printed): on a busy machine, run the
// keystroke alone again, or with more keys (-keys 80).
//
// # Another tree
//
// -tree DIR builds the widget (its wasm, its server, its site, and its rules' benchmarks)
// from another checkout of the project, for example one being optimised, while the bench,
// the floor and the floor's server come from this one:
//
//	go run ./cmd/bench -tree /work/main -only keystroke,sizes
//
// It builds what is in the folder, committed or not (the results name the tree and its
// commit, git describe --always --dirty); to measure a commit, `git archive` it into a
// folder of its own first. Only the magnet-maker's share link (version 1, frozen) and the
// hooks above must be the same in both trees.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Results is what one run of bench measured; times in milliseconds, sizes in bytes.
type Results struct {
	Date        string               `json:"date"`
	Parts       []string             `json:"parts"`
	Tree        string               `json:"tree"`       // the widget's checkout
	TreeCommit  string               `json:"treeCommit"` // git describe --always --dirty of it
	BenchCommit string               `json:"benchCommit"`
	Runs        int                  `json:"runs"`
	LoadAverage [2]string            `json:"loadAverage"` // /proc/loadavg at the start and the end: others' work on a shared machine
	Sizes       map[string]Sizes     `json:"sizes,omitempty"`
	Visits      map[string]VisitSet  `json:"visits,omitempty"` // by site, then profile
	Startup     *Startup             `json:"startup,omitempty"`
	Keystroke   *Keystroke           `json:"keystroke,omitempty"`
	Rules       map[string]float64   `json:"rulesNsPerOp,omitempty"`
	Batch       *BatchFigure         `json:"batch,omitempty"` // the officers' page on 10,000 rows (batch.go)
	Goals       map[string]GoalCheck `json:"goals"`
}

// Sizes of a site's app.wasm.
type Sizes struct{ Raw, Gzip, Brotli int }

// VisitSet holds the medians of one site's visits on each profile.
type VisitSet map[string]Visit

// Visit is the medians of the cold runs on one profile.
type Visit struct {
	FirstMs    float64   `json:"firstMs"`
	RepeatMs   float64   `json:"repeatMs"`
	OfflineMs  float64   `json:"offlineMs"`
	FirstBytes int64     `json:"firstBytes"`
	AllFirstMs []float64 `json:"allFirstMs"`
}

// GoalCheck is one goal of the speed budget against what was measured.
type GoalCheck struct {
	Measured float64 `json:"measured"`
	Goal     float64 `json:"goal"`
	Met      bool    `json:"met"`
}

// profiles are the links measured.
var profiles = []Profile{
	{Name: "9Mbps-60ms", BitsPerSecond: 9_000_000, RTT: 60 * time.Millisecond},
	{Name: "1.6Mbps-150ms", BitsPerSecond: 1_600_000, RTT: 150 * time.Millisecond},
}

var allParts = []string{"sizes", "visits", "startup", "keystroke", "batch", "rules"}

// chromium is the browser driven.
var chromium = "/usr/bin/chromium"

func main() {
	out := flag.String("out", "dist/bench.json", "where to write the figures")
	runs := flag.Int("runs", 3, "cold runs a visit is measured over")
	work := flag.String("work", "", "folder to build the sites in (default: a temporary one)")
	only := flag.String("only", "", "measure only these parts, comma-separated: "+strings.Join(allParts, ", ")+" (default: all)")
	tree := flag.String("tree", ".", "the checkout whose widget is measured; the floor comes from this one")
	cpus := flag.String("cpu", "1,4", "CPU slowdowns the keystroke is measured at, comma-separated")
	startCPU := flag.Int("start-cpu", 4, "CPU slowdown the startup is measured at")
	keys := flag.Int("keys", 40, "keys measured in each keystroke cell")
	block := flag.Int("block", 4, "keys in a row on one page before the other's turn (even)")
	warm := flag.Int("warm", 0, "keys not counted at the start of each block (even)")
	warmPage := flag.Int("warm-page", 10, "keys of each kind not counted once the pages are open (even)")
	quiet := flag.Int("quiet", 150, "ms the DOM must stay unchanged for a key to have settled")
	keyTimeout := flag.Int("key-timeout", 10, "seconds a key may take at most")
	flag.StringVar(&chromium, "chromium", chromium, "the Chromium binary")
	flag.Parse()
	log.SetFlags(0)

	parts := allParts
	if *only != "" {
		parts = strings.Split(*only, ",")
		for _, p := range parts {
			if !slices.Contains(allParts, p) {
				log.Fatalf("-only: no part %q (parts: %s)", p, strings.Join(allParts, ", "))
			}
		}
	}
	part := func(name string) bool { return slices.Contains(parts, name) }
	ko := KeyOptions{Keys: *keys, Block: *block, Warm: *warm, WarmPage: *warmPage, QuietMs: *quiet, TimeoutS: *keyTimeout}
	for _, c := range strings.Split(*cpus, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(c))
		if err != nil || n < 1 {
			log.Fatalf("-cpu: %q is no slowdown", c)
		}
		ko.CPU = append(ko.CPU, n)
	}
	bench, err := filepath.Abs(".")
	if err != nil {
		log.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(bench, "cmd", "bench", "floor")); err != nil {
		log.Fatal("run bench from the project's folder (make bench): ", err)
	}
	t := trees{widget: canonical(*tree), bench: canonical(bench)}
	if _, err := os.Stat(filepath.Join(t.widget, "cmd", "widget")); err != nil {
		log.Fatalf("-tree %s is no checkout of the widget: %v", *tree, err)
	}

	dir := *work
	if dir == "" {
		if dir, err = os.MkdirTemp("", "bench-"); err != nil {
			log.Fatal(err)
		}
		defer os.RemoveAll(dir)
	} else if dir, err = filepath.Abs(dir); err != nil {
		log.Fatal(err)
	}

	r := Results{Date: time.Now().UTC().Format(time.RFC3339), Parts: parts, Tree: t.widget,
		TreeCommit: treeState(t.widget), BenchCommit: treeState(t.bench), Runs: *runs}
	r.LoadAverage[0] = loadAverage()
	var sites map[string]*site
	if part("sizes") || part("visits") || part("startup") || part("keystroke") || part("batch") {
		log.Printf("building the widget from %s (%s) and the floor …", t.widget, r.TreeCommit)
		// Sizes and visits need the floor's compressed twins; the keystroke alone does not.
		if sites, err = buildSites(dir, t, part("sizes") || part("visits")); err != nil {
			log.Fatal(err)
		}
	}
	if part("sizes") || part("visits") {
		r.Sizes = map[string]Sizes{"widget": sites["widget"].sizes, "floor": sites["floor"].sizes}
	}
	if part("startup") {
		if r.Startup, err = measureStartup(sites, *startCPU, *runs); err != nil {
			log.Fatal("startup: ", err)
		}
	}
	if part("keystroke") {
		if r.Keystroke, err = measureKeystroke(sites, ko); err != nil {
			log.Fatal("keystroke: ", err)
		}
	}
	if part("visits") {
		r.Visits = map[string]VisitSet{}
		for _, name := range []string{"floor", "widget"} {
			r.Visits[name] = VisitSet{}
			for _, p := range profiles {
				log.Printf("visits: %s on %s …", name, p.Name)
				v, err := measureVisits(sites[name], p, *runs)
				if err != nil {
					log.Fatalf("%s on %s: %v", name, p.Name, err)
				}
				r.Visits[name][p.Name] = v
			}
		}
	}
	r.Batch = benchBatch(sites["widget"], part, *runs)
	if part("rules") {
		log.Print("rules benchmarks …")
		if r.Rules, err = rulesBenchmarks(t.widget, 5); err != nil {
			log.Fatal(err)
		}
	}
	r.Goals = goals(&r)
	r.LoadAverage[1] = loadAverage()

	if err := os.MkdirAll(filepath.Dir(*out), 0o755); err != nil {
		log.Fatal(err)
	}
	data, _ := json.MarshalIndent(r, "", "  ")
	if err := os.WriteFile(*out, append(data, '\n'), 0o644); err != nil {
		log.Fatal(err)
	}
	printTable(&r)
	fmt.Printf("\nfigures written to %s\n", *out)
}

// loadAverage is the machine's load over the last 1, 5 and 15 minutes.
func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if f := strings.Fields(string(data)); err == nil && len(f) >= 3 {
		return strings.Join(f[:3], " ")
	}
	return "unknown"
}

// canonical is a folder's absolute path with its links resolved, to compare two trees.
func canonical(dir string) string {
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		dir = real
	}
	return dir
}

// goals compares the figures measured with the speed budget of the project.
func goals(r *Results) map[string]GoalCheck {
	check := func(measured, goal float64) GoalCheck { return GoalCheck{measured, goal, measured <= goal} }
	g := map[string]GoalCheck{}
	if r.Sizes != nil {
		g["wasmBrotliRatio"] = check(ratio(r.Sizes["widget"].Brotli, r.Sizes["floor"].Brotli), 1.15)
	}
	if r.Visits != nil {
		slow := profiles[1].Name
		w, f := r.Visits["widget"], r.Visits["floor"]
		wasmAndPage := float64(r.Sizes["widget"].Brotli + r.Sizes["widget"].pageBytes())
		g["firstVisitBytesRatio"] = check(float64(w[profiles[0].Name].FirstBytes)/wasmAndPage, 1.10)
		g["slowFirstVisitRatio"] = check(w[slow].FirstMs/f[slow].FirstMs, 1.15)
		g["repeatVisitMs"] = check(w[profiles[0].Name].RepeatMs, 300)
		g["offlineVisitMs"] = check(w[profiles[0].Name].OfflineMs, 300)
	}
	if st := r.Startup; st != nil {
		g["startupCold"+strconv.Itoa(st.CPU)+"xRatio"] = check(st.Ratios["cold"].InteractiveMs, 1.3)
		g["startupWarm"+strconv.Itoa(st.CPU)+"xRatio"] = check(st.Ratios["warm"].InteractiveMs, 1.3)
	}
	if k := r.Keystroke; k != nil {
		for _, cpu := range k.Options.CPU {
			for _, kind := range []string{"cross", "still"} {
				q, ok := k.Ratios[fmt.Sprintf("%s@%dx", kind, cpu)]
				if !ok {
					continue
				}
				name := fmt.Sprintf("keystroke%s%dx", strings.ToUpper(kind[:1])+kind[1:], cpu)
				switch cpu {
				case 4:
					g[name+"MedianRatio"] = check(q.Median, 1.5)
					g[name+"P90Ratio"] = check(q.P90, 2)
				case 1:
					g[name+"MedianRatio"] = check(q.Median, 1.3)
				}
			}
		}
	}
	if r.Rules != nil {
		g["assessMicroseconds"] = check(r.Rules["BenchmarkAssess"]/1000, 20)
	}
	return g
}

// pageBytes is a rough allowance for the page and scripts besides the wasm, compressed.
func (s Sizes) pageBytes() int { return 40_000 }

func ratio(a, b int) float64 { return float64(a) / float64(b) }

func median(xs []float64) float64 { return quantile(xs, 0.5) }

// quantile is the q-quantile of xs, linear between the closest ranks (the median of an
// even count is the mean of the middle two).
func quantile(xs []float64, q float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	pos := q * float64(len(s)-1)
	lo := int(math.Floor(pos))
	if lo+1 >= len(s) {
		return s[lo]
	}
	return s[lo] + (pos-float64(lo))*(s[lo+1]-s[lo])
}

func printTable(r *Results) {
	fmt.Printf("\nwidget from %s (%s); load average %s at the start, %s at the end\n", r.Tree, r.TreeCommit, r.LoadAverage[0], r.LoadAverage[1])
	if r.Sizes != nil || r.Visits != nil {
		fmt.Printf("\n%-28s %14s %14s %8s\n", "", "floor", "widget", "ratio")
	}
	if r.Sizes != nil {
		for _, k := range []struct {
			name string
			get  func(Sizes) int
		}{{"wasm raw (bytes)", func(s Sizes) int { return s.Raw }}, {"wasm gzip", func(s Sizes) int { return s.Gzip }}, {"wasm brotli (±4 KB)", func(s Sizes) int { return s.Brotli }}} {
			f, w := k.get(r.Sizes["floor"]), k.get(r.Sizes["widget"])
			fmt.Printf("%-28s %14d %14d %8.3f\n", k.name, f, w, ratio(w, f))
		}
	}
	for _, p := range profiles {
		f, w := r.Visits["floor"][p.Name], r.Visits["widget"][p.Name]
		if f.FirstMs == 0 {
			continue
		}
		fmt.Printf("%-28s %14.0f %14.0f %8.2f\n", "first visit ms "+p.Name, f.FirstMs, w.FirstMs, w.FirstMs/f.FirstMs)
		fmt.Printf("%-28s %14d %14d %8.2f\n", "first visit bytes "+p.Name, f.FirstBytes, w.FirstBytes, float64(w.FirstBytes)/float64(f.FirstBytes))
		fmt.Printf("%-28s %14.0f %14.0f\n", "repeat visit ms "+p.Name, f.RepeatMs, w.RepeatMs)
		fmt.Printf("%-28s %14.0f %14.0f\n", "offline visit ms "+p.Name, f.OfflineMs, w.OfflineMs)
	}
	if st := r.Startup; st != nil {
		fmt.Printf("\nstartup at %d× CPU, 412×823 touch: ms from navigation, medians of %d\n", st.CPU, r.Runs)
		fmt.Printf("%-6s %-12s %10s %10s %10s   %s\n", "visit", "", "floor", "widget", "ratio", "(each visit: widget / floor)")
		for _, v := range []string{"cold", "warm"} {
			f, w := st.Cells["floor-"+v], st.Cells["widget-"+v]
			fmt.Printf("%-6s %-12s %10.0f %10.0f %10.2f\n", v, "ready", f.ReadyMs, w.ReadyMs, st.Ratios[v].ReadyMs)
			fmt.Printf("%-6s %-12s %10.0f %10.0f %10.2f  ", v, "interactive", f.InteractiveMs, w.InteractiveMs, st.Ratios[v].InteractiveMs)
			for i := range w.Visits {
				fmt.Printf(" %.0f/%.0f", w.Visits[i].InteractiveMs, f.Visits[i].InteractiveMs)
			}
			fmt.Println()
		}
	}
	if k := r.Keystroke; k != nil {
		fmt.Printf("\nkeystroke: input event → last DOM change (paint: → the frame painted after it), ms; %d keys a cell\n", k.Options.Keys)
		fmt.Printf("%-4s %-14s %8s %8s %8s   %-s\n", "CPU", "", "median", "p90", "paint", "× floor: median   p90  paint")
		for _, cpu := range k.Options.CPU {
			for _, c := range []struct{ cell, kind, label string }{{"floor", "", "floor"}, {"widget", "cross", "widget cross"}, {"widget", "still", "widget still"}} {
				cell := k.Cells[cellName(c.cell, c.kind, cpu)]
				fmt.Printf("%-4s %-14s %8.1f %8.1f %8.1f", fmt.Sprintf("%d×", cpu), c.label, cell.MedianMs, cell.P90Ms, cell.PaintMedianMs)
				if q, ok := k.Ratios[fmt.Sprintf("%s@%dx", c.kind, cpu)]; ok {
					fmt.Printf("   %15.2f %5.2f %6.2f", q.Median, q.P90, q.PaintMedian)
				}
				fmt.Println()
			}
		}
	}
	names := make([]string, 0, len(r.Rules))
	for n := range r.Rules {
		names = append(names, n)
	}
	sort.Strings(names)
	if len(names) > 0 {
		fmt.Println()
	}
	for _, n := range names {
		fmt.Printf("%-28s %14.0f ns/op\n", n, r.Rules[n])
	}
	fmt.Println("\ngoals:")
	gn := make([]string, 0, len(r.Goals))
	for n := range r.Goals {
		gn = append(gn, n)
	}
	sort.Strings(gn)
	for _, n := range gn {
		g := r.Goals[n]
		mark := "met"
		if !g.Met {
			mark = "NOT met"
		}
		fmt.Printf("  %-30s %10.2f ≤ %-8.2f %s\n", n, g.Measured, g.Goal, mark)
	}
}
