package main

import (
	"context"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os/exec"
	"sync"
	"sync/atomic"
	"time"
)

// Profile is a network link: its bandwidth and round trip; no bandwidth is no link at all.
type Profile struct {
	Name          string
	BitsPerSecond int
	RTT           time.Duration
}

// link is one shared bucket of bandwidth: every response, the page's and the service
// worker's, waits its turn in it, as on one slow line.
type link struct {
	profile Profile
	mu      sync.Mutex
	next    time.Time
	sent    atomic.Int64
}

// take waits until n more bytes may pass.
func (l *link) take(n int) {
	l.mu.Lock()
	now := time.Now()
	if l.next.Before(now) {
		l.next = now
	}
	l.next = l.next.Add(time.Duration(float64(n) * 8 / float64(l.profile.BitsPerSecond) * float64(time.Second)))
	until := l.next
	l.mu.Unlock()
	time.Sleep(time.Until(until))
}

// throttledWriter sends a response through the link in small slices.
type throttledWriter struct {
	http.ResponseWriter
	link *link
}

func (w throttledWriter) Write(p []byte) (int, error) {
	written := 0
	for len(p) > 0 {
		n := min(len(p), 4096)
		w.link.take(n)
		m, err := w.ResponseWriter.Write(p[:n])
		written += m
		w.link.sent.Add(int64(m))
		if f, ok := w.ResponseWriter.(http.Flusher); ok {
			f.Flush()
		}
		if err != nil {
			return written, err
		}
		p = p[n:]
	}
	return written, nil
}

// throttledSite is the site served by the widget's own server (as `make run` serves it),
// behind a proxy that throttles every response on one link.
type throttledSite struct {
	URL    string
	link   *link
	server *exec.Cmd
	proxy  *http.Server
}

func startThrottled(binary, dir string, p Profile) (*throttledSite, error) {
	backend, err := freeAddr()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(binary, "serve", "-dir", dir, "-addr", backend)
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	for i := 0; i < 100; i++ {
		if c, err := net.Dial("tcp", backend); err == nil {
			c.Close()
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	target, _ := url.Parse("http://" + backend)
	l := &link{profile: p}
	proxy := httputil.NewSingleHostReverseProxy(target)
	proxy.FlushInterval = -1
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		cmd.Process.Kill()
		return nil, err
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if p.BitsPerSecond == 0 { // a profile without a link: as fast as this machine serves
			proxy.ServeHTTP(w, r)
			return
		}
		time.Sleep(p.RTT) // the request's way there and the first byte's way back
		l.sent.Add(int64(len(r.URL.String()) + 300))
		proxy.ServeHTTP(throttledWriter{w, l}, r)
	})}
	go srv.Serve(ln)
	return &throttledSite{URL: "http://" + ln.Addr().String(), link: l, server: cmd, proxy: srv}, nil
}

// stop takes the site off the network, as a lost connection would.
func (s *throttledSite) stop() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	s.proxy.Shutdown(ctx)
	s.proxy.Close()
	s.server.Process.Kill()
	s.server.Wait()
}

func freeAddr() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	return l.Addr().String(), nil
}
