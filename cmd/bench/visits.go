package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/chromedp/chromedp"
)

// newBrowser starts headless Chromium with a fresh profile, as the tests do.
func newBrowser() (context.Context, func(), error) {
	profile, err := os.MkdirTemp("", "bench-profile-")
	if err != nil {
		return nil, nil, err
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chromium),
		chromedp.Flag("headless", true), chromedp.Flag("no-sandbox", true), chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true), chromedp.UserDataDir(profile), chromedp.WindowSize(1280, 900))
	ctx, cancelCtx := chromedp.NewContext(alloc)
	cancel := func() { cancelCtx(); cancelAlloc(); os.RemoveAll(profile) }
	if err := chromedp.Do(ctx); err != nil {
		cancel()
		return nil, nil, err
	}
	return ctx, cancel, nil
}

// interactive is the moment both pages count as usable: go-app has started the program
// and taken its loading screen away.
const interactive = `!document.getElementById("app-wasm-loader") && !!document.body.firstElementChild`

// visit loads url and gives the time until the page is interactive.
func visit(ctx context.Context, url string) (float64, error) {
	ctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
	defer cancel()
	start := time.Now()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return 0, err
	}
	for {
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](interactive))
		if err == nil && ok {
			return float64(time.Since(start).Microseconds()) / 1000, nil
		}
		if ctx.Err() != nil {
			return 0, fmt.Errorf("%s never became interactive", url)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// workerSettled waits until the service worker is active and has cached app.wasm: the
// first visit's bytes are counted up to then.
func workerSettled(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
	defer cancel()
	_, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(async () => {
		const reg = await navigator.serviceWorker.ready;
		for (;;) {
			for (const key of await caches.keys()) {
				const cache = await caches.open(key);
				if ((await cache.keys()).some(r => r.url.endsWith("/web/app.wasm")) && reg.active.state === "activated") return true;
			}
			await new Promise(r => setTimeout(r, 50));
		}
	})()`, chromedp.EvalAwaitPromise))
	return err
}

// browseThrottled serves site s through a link shaped by p and opens a fresh browser;
// stop ends both.
func browseThrottled(s *site, p Profile) (ts *throttledSite, ctx context.Context, stop func(), err error) {
	if ts, err = startThrottled(s.server, s.dir, p); err != nil {
		return nil, nil, nil, err
	}
	ctx, cancel, err := newBrowser()
	if err != nil {
		ts.stop()
		return nil, nil, nil, err
	}
	return ts, ctx, func() { cancel(); ts.stop() }, nil
}

// measureVisits measures cold first visits, then a repeat and an offline visit in the same
// browser, over runs fresh browsers; it gives the medians.
func measureVisits(s *site, p Profile, runs int) (Visit, error) {
	var first, repeat, offline, bytes []float64
	for range runs {
		v, err := func() ([3]float64, error) {
			var out [3]float64
			ts, ctx, stop, err := browseThrottled(s, p)
			if err != nil {
				return out, err
			}
			defer stop()
			if out[0], err = visit(ctx, ts.URL+"/"); err != nil {
				return out, err
			}
			if err := workerSettled(ctx); err != nil {
				return out, err
			}
			bytes = append(bytes, float64(ts.link.sent.Load()))
			if out[1], err = visit(ctx, ts.URL+"/"); err != nil {
				return out, err
			}
			ts.stop()
			out[2], err = visit(ctx, ts.URL+"/")
			return out, err
		}()
		if err != nil {
			return Visit{}, err
		}
		first, repeat, offline = append(first, v[0]), append(repeat, v[1]), append(offline, v[2])
	}
	return Visit{FirstMs: median(first), RepeatMs: median(repeat), OfflineMs: median(offline),
		FirstBytes: int64(median(bytes)), AllFirstMs: first}, nil
}
