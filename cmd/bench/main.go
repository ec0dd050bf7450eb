// Command bench measures the widget against go-app's floor, a hello world built with the
// same flags in the same run: WebAssembly size raw, gzip and brotli; first, repeat and
// offline visits in Chromium on a 9 Mbps / 60 ms and a 1.6 Mbps / 150 ms link; bytes
// carried on the first visit; keystroke to all 21 results at 4× CPU throttling; and the
// rules' benchmarks. `make bench` runs it; it writes bench/out/results.json and prints a
// table.
//
// The link is throttled in the server, not in the page: every byte, the service worker's
// included, shares one bucket of bandwidth, and every response waits one round trip.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"time"
)

// Results is what one run of bench measured; times in milliseconds, sizes in bytes.
type Results struct {
	Date      string               `json:"date"`
	Runs      int                  `json:"runs"`
	Sizes     map[string]Sizes     `json:"sizes"`
	Visits    map[string]VisitSet  `json:"visits"` // by site, then profile
	Keystroke Keystroke            `json:"keystroke"`
	Rules     map[string]float64   `json:"rulesNsPerOp"`
	Batch     *BatchFigure         `json:"batch,omitempty"` // the officers' page on 10,000 rows (batch.go)
	Goals     map[string]GoalCheck `json:"goals"`
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

// Keystroke is the time from an input event to every result updated.
type Keystroke struct {
	MedianMs    float64   `json:"medianMs"`
	AllMs       []float64 `json:"allMs"`
	CPUSlowdown int       `json:"cpuSlowdown"`
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

func main() {
	out := flag.String("out", "bench/out/results.json", "where to write the figures")
	runs := flag.Int("runs", 3, "cold runs a visit is measured over")
	work := flag.String("work", "", "folder to build the sites in (default: a temporary one)")
	only := flag.String("only", "", "measure only this part: visits, keystroke, batch or rules (default: all)")
	cpu := flag.Int("cpu", 4, "how many times slower the CPU runs for the keystroke figure")
	flag.Parse()
	log.SetFlags(0)
	dir := *work
	if dir == "" {
		var err error
		if dir, err = os.MkdirTemp("", "bench-"); err != nil {
			log.Fatal(err)
		}
		defer os.RemoveAll(dir)
	}

	sites, err := buildSites(dir)
	if err != nil {
		log.Fatal(err)
	}
	r := Results{Date: time.Now().UTC().Format(time.RFC3339), Runs: *runs, Sizes: map[string]Sizes{}, Visits: map[string]VisitSet{}}
	for name, site := range sites {
		r.Sizes[name] = site.sizes
	}
	part := func(name string) bool { return *only == "" || *only == name }
	for _, name := range []string{"floor", "widget"} {
		if !part("visits") {
			break
		}
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
	if part("keystroke") {
		log.Print("keystroke …")
		if r.Keystroke, err = measureKeystroke(sites["widget"], 20, *cpu); err != nil {
			log.Fatal(err)
		}
	}
	r.Batch = benchBatch(sites["widget"], part, *runs)
	if part("rules") {
		log.Print("rules benchmarks …")
		if r.Rules, err = rulesBenchmarks(5); err != nil {
			log.Fatal(err)
		}
	}
	if *only == "" {
		r.Goals = goals(&r)
	}

	os.MkdirAll(filepath.Dir(*out), 0o755)
	data, _ := json.MarshalIndent(r, "", "  ")
	if err := os.WriteFile(*out, append(data, '\n'), 0o644); err != nil {
		log.Fatal(err)
	}
	printTable(&r)
	fmt.Printf("\nfigures written to %s\n", *out)
}

// goals compares the figures with the speed budget of the project.
func goals(r *Results) map[string]GoalCheck {
	check := func(measured, goal float64) GoalCheck { return GoalCheck{measured, goal, measured <= goal} }
	slow := profiles[1].Name
	w, f := r.Visits["widget"], r.Visits["floor"]
	wasmAndPage := float64(r.Sizes["widget"].Brotli + r.Sizes["widget"].pageBytes())
	g := map[string]GoalCheck{
		"wasmBrotliRatio":      check(ratio(r.Sizes["widget"].Brotli, r.Sizes["floor"].Brotli), 1.15),
		"firstVisitBytesRatio": check(float64(w[profiles[0].Name].FirstBytes)/wasmAndPage, 1.10),
		"slowFirstVisitRatio":  check(w[slow].FirstMs/f[slow].FirstMs, 1.15),
		"repeatVisitMs":        check(w[profiles[0].Name].RepeatMs, 300),
		"offlineVisitMs":       check(w[profiles[0].Name].OfflineMs, 300),
		"keystrokeMs":          check(r.Keystroke.MedianMs, 16),
		"assessMicroseconds":   check(r.Rules["BenchmarkAssess"]/1000, 20),
	}
	return g
}

// pageBytes is a rough allowance for the page and scripts besides the wasm, compressed.
func (s Sizes) pageBytes() int { return 40_000 }

func ratio(a, b int) float64 { return float64(a) / float64(b) }

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func printTable(r *Results) {
	fmt.Printf("\n%-28s %14s %14s %8s\n", "", "floor", "widget", "ratio")
	for _, k := range []struct {
		name string
		get  func(Sizes) int
	}{{"wasm raw (bytes)", func(s Sizes) int { return s.Raw }}, {"wasm gzip", func(s Sizes) int { return s.Gzip }}, {"wasm brotli", func(s Sizes) int { return s.Brotli }}} {
		f, w := k.get(r.Sizes["floor"]), k.get(r.Sizes["widget"])
		fmt.Printf("%-28s %14d %14d %8.2f\n", k.name, f, w, ratio(w, f))
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
	fmt.Printf("%-28s %14s %14.1f   (median of %d, CPU %d× slower)\n", "keystroke → 21 results ms", "", r.Keystroke.MedianMs, len(r.Keystroke.AllMs), r.Keystroke.CPUSlowdown)
	names := make([]string, 0, len(r.Rules))
	for n := range r.Rules {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%-28s %14s %14.0f ns/op\n", n, "", r.Rules[n])
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
		fmt.Printf("  %-22s %10.2f ≤ %-8.2f %s\n", n, g.Measured, g.Goal, mark)
	}
}
