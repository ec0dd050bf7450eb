package main

import (
	"bytes"
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/shopspring/decimal"

	"baotou-widget/rules"
	"baotou-widget/rules/batch"
	"baotou-widget/rules/examples"
)

// BatchFigure is the officers' page at work on 10,000 organisations: the time from the
// file chosen to the forecast and its downloads on screen (the worker's own time within
// it), for the .xlsx Excel saves and for a CSV; medians of the runs.
type BatchFigure struct {
	Rows      int       `json:"rows"`
	XLSXMs    float64   `json:"xlsxMs"`
	CSVMs     float64   `json:"csvMs"`
	WorkerMs  float64   `json:"workerMs"` // the .xlsx in the worker, without the page's drawing
	AllXLSXMs []float64 `json:"allXlsxMs"`
	AllCSVMs  []float64 `json:"allCsvMs"`
	GoalMs    float64   `json:"goalMs"`
	Met       bool      `json:"met"`
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
	log.Printf("batch of %d: .xlsx %.0f ms (worker %.0f ms), CSV %.0f ms; goal ≤ %.0f ms: met %v", f.Rows, f.XLSXMs, f.WorkerMs, f.CSVMs, f.GoalMs, f.Met)
	return &f
}

// measureBatch writes 10,000 organisations as the template filled in, opens /officers,
// runs the example once (the worker and its WebAssembly loaded and warm, as after an
// officer's first file), then times each file runs times.
func measureBatch(s *site, runs int) (BatchFigure, error) {
	f := BatchFigure{Rows: batchRows, GoalMs: 2000}
	files, err := writeBatchFiles(filepath.Dir(s.dir))
	if err != nil {
		return f, err
	}
	ts, err := startThrottled(s.server, s.dir, profiles[0])
	if err != nil {
		return f, err
	}
	defer ts.stop()
	ctx, cancel, err := newBrowser()
	if err != nil {
		return f, err
	}
	defer cancel()
	if _, err := visit(ctx, ts.URL+"/officers?example"); err != nil {
		return f, err
	}
	if _, err := pageBatch(ctx, "", "forecast-example.xlsx"); err != nil {
		return f, err
	}
	var worker []float64
	for range runs {
		for _, file := range files {
			ms, err := pageBatch(ctx, file, filepath.Base(file))
			if err != nil {
				return f, err
			}
			if filepath.Ext(file) == ".xlsx" {
				f.AllXLSXMs = append(f.AllXLSXMs, ms)
				w, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("[data-batch-ms]").dataset.batchMs`))
				n, _ := strconv.ParseFloat(w, 64)
				worker = append(worker, n)
			} else {
				f.AllCSVMs = append(f.AllCSVMs, ms)
			}
		}
	}
	f.XLSXMs, f.CSVMs, f.WorkerMs = median(f.AllXLSXMs), median(f.AllCSVMs), median(worker)
	f.Met = f.XLSXMs <= f.GoalMs && f.CSVMs <= f.GoalMs
	return f, nil
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
