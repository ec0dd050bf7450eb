package main

import (
	"bytes"
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/shopspring/decimal"

	"baotou-widget/rules"
	"baotou-widget/rules/batch"
	"baotou-widget/rules/examples"
)

// BatchFigure is the officers' page at work on 10,000 organisations: the time from the
// file chosen to the forecast and its downloads on screen, for the .xlsx Excel saves and
// for a CSV, on a fresh page (the worker started by the file: its WebAssembly fetched
// from the browser's cache, compiled and started) and for the same file dropped again
// (the worker warm), with the worker's own part of each (reading, assessing, drawing,
// writing both downloads); medians of the runs.
type BatchFigure struct {
	Rows          int       `json:"rows"`
	FreshXLSXMs   float64   `json:"freshXlsxMs"`
	FreshCSVMs    float64   `json:"freshCsvMs"`
	XLSXMs        float64   `json:"xlsxMs"` // the second drop
	CSVMs         float64   `json:"csvMs"`
	FreshWorkerMs float64   `json:"freshWorkerMs"` // the .xlsx in the worker, without its start and the page's drawing
	WorkerMs      float64   `json:"workerMs"`
	AllFreshMs    []float64 `json:"allFreshMs"` // .xlsx, CSV, .xlsx, …
	AllSecondMs   []float64 `json:"allSecondMs"`
	GoalMs        float64   `json:"goalMs"`
	Met           bool      `json:"met"` // both files within the goal on a fresh page
}

// batchRows is how many organisations the batch holds: the figure.
const batchRows = 10000

// benchBatch measures the batch when bench measures everything or only it, and says so.
func benchBatch(s *site, part func(string) bool, runs int) *BatchFigure {
	if !part("batch") {
		return nil
	}
	log.Print("batch of 10,000 in the page …")
	f, err := measureBatch(s, runs)
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("batch of %d on a fresh page: .xlsx %.0f ms (worker %.0f ms), CSV %.0f ms; dropped again: .xlsx %.0f ms (worker %.0f ms), CSV %.0f ms; goal ≤ %.0f ms on a fresh page: met %v",
		f.Rows, f.FreshXLSXMs, f.FreshWorkerMs, f.FreshCSVMs, f.XLSXMs, f.WorkerMs, f.CSVMs, f.GoalMs, f.Met)
	return &f
}

// measureBatch writes 10,000 organisations as the template filled in, visits /officers
// once so that the browser has the site and batch.wasm in its cache (as an officer's
// second visit has), then for each file and run opens the page afresh, chooses the file
// (the worker starts then), and chooses it again.
func measureBatch(s *site, runs int) (BatchFigure, error) {
	f := BatchFigure{Rows: batchRows, GoalMs: 2000}
	files, err := writeBatchFiles(filepath.Dir(s.dir))
	if err != nil {
		return f, err
	}
	ts, ctx, stop, err := browseThrottled(s, profiles[0])
	if err != nil {
		return f, err
	}
	defer stop()
	if _, err := visit(ctx, ts.URL+"/officers?example"); err != nil {
		return f, err
	}
	if _, err := pageBatch(ctx, "", "forecast-example.xlsx"); err != nil {
		return f, err
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err == nil {
			err = os.WriteFile(again(file), data, 0o644)
		}
		if err != nil {
			return f, err
		}
	}
	var times [2][2][]float64 // by drop (fresh, again) and file (.xlsx, CSV)
	var worker [2][]float64   // the .xlsx's, by drop
	for range runs {
		for i, file := range files {
			if _, err := visit(ctx, ts.URL+"/officers"); err != nil {
				return f, err
			}
			for drop := range 2 {
				if drop == 1 { // under another name, which the page's status tells apart
					file = again(file)
				}
				ms, err := pageBatch(ctx, file, filepath.Base(file))
				if err != nil {
					return f, err
				}
				times[drop][i] = append(times[drop][i], ms)
				all := [2]*[]float64{&f.AllFreshMs, &f.AllSecondMs}[drop]
				*all = append(*all, ms)
				if i == 0 {
					w, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("[data-batch-ms]").dataset.batchMs`))
					n, _ := strconv.ParseFloat(w, 64)
					worker[drop] = append(worker[drop], n)
				}
			}
		}
	}
	f.FreshXLSXMs, f.FreshCSVMs, f.XLSXMs, f.CSVMs = median(times[0][0]), median(times[0][1]), median(times[1][0]), median(times[1][1])
	f.FreshWorkerMs, f.WorkerMs = median(worker[0]), median(worker[1])
	f.Met = f.FreshXLSXMs <= f.GoalMs && f.FreshCSVMs <= f.GoalMs
	return f, nil
}

// again names the copy of a file that is dropped a second time.
func again(file string) string {
	ext := filepath.Ext(file)
	return strings.TrimSuffix(file, ext) + "-again" + ext
}

// pageBatch chooses a file on the page (none: the example already asked for) and gives
// the time until its forecast and downloads are on screen, measured in the page.
func pageBatch(ctx context.Context, file, name string) (float64, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](`window.__batch = new Promise(resolve => {
		const start = performance.now();
		const done = () => document.querySelector("[data-batch-download]") && document.querySelector("[data-batch-ms]") &&
			document.querySelector(".batch-status").textContent.includes(`+strconv.Quote(name)+`);
		new MutationObserver(() => done() && resolve(performance.now() - start))
			.observe(document.body, {subtree: true, childList: true, attributes: true, characterData: true});
		if (done()) resolve(0);
	})`)); err != nil {
		return 0, err
	}
	if file != "" {
		if err := chromedp.Do(ctx, chromedp.SetUploadFiles(chromedp.CSS(`[data-batch-file]`), []string{file})); err != nil {
			return 0, err
		}
	}
	return chromedp.Run(ctx, chromedp.Evaluate[float64](`window.__batch`, chromedp.EvalAwaitPromise))
}

// writeBatchFiles writes the batch as .xlsx and as CSV: the example organisations again
// and again, each with its own name and R&D, as officers fill the template.
func writeBatchFiles(dir string) ([]string, error) {
	var base []rules.Answers
	for _, name := range examples.Names() {
		data, _ := examples.Answers(name)
		a, err := rules.Decode(data)
		if err != nil {
			return nil, err
		}
		base = append(base, a)
	}
	rows := make([]batch.Row, batchRows)
	for i := range rows {
		a := base[i%len(base)]
		a.RD.ThisYear = a.RD.ThisYear.Add(decimal.NewFromInt(int64(i%97) * 10000))
		rows[i] = batch.Row{Name: fmt.Sprintf("企业 %05d", i+1), Answers: a}
	}
	var files []string
	for _, f := range []struct {
		name  string
		write func(io *bytes.Buffer) error
	}{
		{"batch-10000.xlsx", func(b *bytes.Buffer) error { return batch.TemplateXLSX(b, rules.Chinese, rows...) }},
		{"batch-10000.csv", func(b *bytes.Buffer) error { return batch.TemplateCSV(b, rules.Chinese, rows...) }},
	} {
		var b bytes.Buffer
		if err := f.write(&b); err != nil {
			return nil, err
		}
		path, _ := filepath.Abs(filepath.Join(dir, f.name))
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			return nil, err
		}
		files = append(files, path)
	}
	return files, nil
}
