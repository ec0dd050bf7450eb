package main

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// Startup is how long each page takes to start on a slow phone, cold and warm: the
// medians over -runs fresh browsers, and every visit.
type Startup struct {
	CPU    int                       `json:"cpu"`
	Cells  map[string]*StartupCell   `json:"cells"`  // "widget-cold", "floor-warm" …
	Ratios map[string]StartupFigures `json:"ratios"` // widget over floor: "cold", "warm"
}

// StartupCell is one page on one kind of visit.
type StartupCell struct {
	StartupFigures
	Visits []StartupFigures `json:"visits"`
}

// StartupFigures are the times of one visit, or their medians, in ms from navigation.
type StartupFigures struct {
	ReadyMs       float64 `json:"readyMs"`       // the ready marker appears
	InteractiveMs float64 `json:"interactiveMs"` // the last long task before two quiet seconds ends
}

// startupProbe is installed in every document before its scripts run: it keeps the end
// of every long task (> 50 ms of the main thread) and when the ready marker first
// appears, both in the page's clock, which starts at navigation.
const startupProbe = `window.__startup = (() => {
	const s = {long: [], ready: 0};
	try {
		new PerformanceObserver(l => l.getEntries().forEach(e => s.long.push(e.startTime + e.duration)))
			.observe({type: "longtask", buffered: true});
	} catch (e) {}
	new MutationObserver((_, o) => {
		if (document.querySelector("[data-ready]")) {
			s.ready = performance.now();
			o.disconnect();
		}
	}).observe(document, {subtree: true, childList: true, attributes: true, attributeFilter: ["data-ready"]});
	return s;
})();`

// quietAfterReady is how long the main thread must have no long task for the page to be
// interactive, as Lighthouse's time to interactive reads it (and pagecheck/startcheck.js).
const quietAfterReady = 2 * time.Second

// measureStartup visits each page cold, then warm (a reload with the HTTP cache and the
// service worker in place), on a 412×823 touch screen at cpu× CPU, in runs fresh browsers,
// the floor and the widget taking turns.
func measureStartup(sites map[string]*site, cpu, runs int) (*Startup, error) {
	st := &Startup{CPU: cpu, Cells: map[string]*StartupCell{}, Ratios: map[string]StartupFigures{}}
	for _, name := range []string{"floor", "widget"} {
		for _, v := range []string{"cold", "warm"} {
			st.Cells[name+"-"+v] = &StartupCell{}
		}
	}
	for r := range runs {
		order := []string{"floor", "widget"}
		if r%2 == 1 {
			order = []string{"widget", "floor"}
		}
		for _, name := range order {
			log.Printf("startup: %s, run %d of %d …", name, r+1, runs)
			visits, err := startTwice(sites[name], cpu)
			if err != nil {
				return nil, fmt.Errorf("the %s page: %w", name, err)
			}
			st.Cells[name+"-cold"].Visits = append(st.Cells[name+"-cold"].Visits, visits[0])
			st.Cells[name+"-warm"].Visits = append(st.Cells[name+"-warm"].Visits, visits[1])
		}
	}
	for _, c := range st.Cells {
		var ready, tti []float64
		for _, v := range c.Visits {
			ready, tti = append(ready, v.ReadyMs), append(tti, v.InteractiveMs)
		}
		c.ReadyMs, c.InteractiveMs = median(ready), median(tti)
	}
	for _, v := range []string{"cold", "warm"} {
		w, f := st.Cells["widget-"+v], st.Cells["floor-"+v]
		st.Ratios[v] = StartupFigures{ReadyMs: w.ReadyMs / f.ReadyMs, InteractiveMs: w.InteractiveMs / f.InteractiveMs}
	}
	return st, nil
}

// startTwice opens a site in a fresh browser, then reloads it once its service worker
// has cached app.wasm.
func startTwice(s *site, cpu int) ([2]StartupFigures, error) {
	var out [2]StartupFigures
	ts, ctx, stop, err := browseThrottled(s, Profile{Name: "local"})
	if err != nil {
		return out, err
	}
	defer stop()
	ctx, cancelTime := context.WithTimeout(ctx, 5*time.Minute)
	defer cancelTime()
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: startupProbe}); err != nil {
		return out, err
	}
	if _, err := chromedp.Call(ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{Width: 412, Height: 823, DeviceScaleFactor: 2, Mobile: true}); err != nil {
		return out, err
	}
	if _, err := chromedp.Call(ctx, emulation.SetTouchEmulationEnabled, emulation.SetTouchEmulationEnabledParams{Enabled: true}); err != nil {
		return out, err
	}
	if _, err := chromedp.Call(ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: float64(cpu)}); err != nil {
		return out, err
	}
	if out[0], err = started(ctx, chromedp.Navigate(ts.URL+"/")); err != nil {
		return out, fmt.Errorf("cold: %w", err)
	}
	if err := workerSettled(ctx); err != nil {
		return out, err
	}
	if out[1], err = started(ctx, chromedp.Reload()); err != nil {
		return out, fmt.Errorf("warm: %w", err)
	}
	return out, nil
}

// started loads the page by load, waits for its ready marker and then for two quiet
// seconds, and gives the times of both.
func started(ctx context.Context, load chromedp.Action[chromedp.Void]) (StartupFigures, error) {
	if err := chromedp.Do(ctx, load); err != nil {
		return StartupFigures{}, err
	}
	for {
		ready, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`window.__startup.ready`))
		if err != nil {
			return StartupFigures{}, err
		}
		if ready > 0 {
			break
		}
		if ctx.Err() != nil {
			return StartupFigures{}, fmt.Errorf("no ready marker: %w", ctx.Err())
		}
		time.Sleep(20 * time.Millisecond)
	}
	// Wait until the page has had no long task for two seconds: the last one before that
	// ends the start.
	for {
		time.Sleep(500 * time.Millisecond)
		f, err := chromedp.Run(ctx, chromedp.Evaluate[struct {
			Ready, Interactive, Now float64
		}](`(() => { const s = window.__startup; return {Ready: s.ready, Interactive: Math.max(s.ready, ...s.long), Now: performance.now()}; })()`))
		if err != nil {
			return StartupFigures{}, err
		}
		if f.Now-f.Interactive >= float64(quietAfterReady.Milliseconds()) {
			return StartupFigures{ReadyMs: f.Ready, InteractiveMs: f.Interactive}, nil
		}
		if ctx.Err() != nil {
			return StartupFigures{}, fmt.Errorf("never two quiet seconds: %w", ctx.Err())
		}
	}
}
