//go:build !wasm

package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"time"
)

// serverMain runs the command given on the command line: static or serve.
func serverMain() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: widget static|serve [flags] | widget compress DIR")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "static":
		err = staticCommand(os.Args[2:])
	case "serve":
		err = serveCommand(os.Args[2:])
	case "compress":
		if len(os.Args) != 3 {
			err = fmt.Errorf("usage: widget compress DIR")
		} else {
			err = CompressTree(os.Args[2])
		}
	default:
		err = fmt.Errorf("unknown command %q: want static, serve or compress", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "widget:", err)
		os.Exit(1)
	}
}

func staticCommand(args []string) error {
	flags := flag.NewFlagSet("static", flag.ExitOnError)
	opts := SiteOptions{}
	flags.StringVar(&opts.Out, "out", "dist", "folder to write the website to (its web/app.wasm and web/batch.wasm must be built)")
	flags.StringVar(&opts.Web, "web", "web", "folder of the static assets")
	flags.StringVar(&opts.Base, "base", "", "sub-path the site is hosted under, such as /widget")
	flags.StringVar(&opts.Deployment.PublicURL, "public-url", "", "public address of the site, for links and QR codes")
	flags.StringVar(&opts.Deployment.Issued, "issued", "", "the policy's issue date, as 2025-01-01, from which its validity runs")
	flags.StringVar(&opts.Deployment.ContactZh, "contact-zh", "", "the department's contact for applicants, in Chinese (office, telephone, address or web page)")
	flags.StringVar(&opts.Deployment.ContactEn, "contact-en", "", "the same contact in English")
	flags.Parse(args)
	opts.Base = cleanBase(opts.Base)
	missing, err := opts.Deployment.Check()
	if err != nil {
		return err
	}
	for _, name := range missing {
		// The page then says nothing it does not know: no date, links to where it is served.
		fmt.Fprintf(os.Stderr, "widget: warning: %s not given (make static %s=…): the page states no such fact\n", name, name)
	}
	info, err := WriteSite(opts)
	if err != nil {
		return err
	}
	fmt.Printf("wrote %s: version %s, app.wasm %d bytes (%d gzip, %d brotli), batch.wasm %d bytes (%d gzip, %d brotli)\n",
		opts.Out, info.Version, info.WasmSize, info.WasmGzip, info.WasmBrotli, info.BatchSize, info.BatchGzip, info.BatchBrotli)
	return nil
}

func serveCommand(args []string) error {
	flags := flag.NewFlagSet("serve", flag.ExitOnError)
	dir := flags.String("dir", "dist", "folder of the static website")
	addr := flags.String("addr", "127.0.0.1:8000", "address to listen on")
	base := flags.String("base", "", "sub-path the site was built for")
	flags.Parse(args)
	srv := &http.Server{Addr: *addr, Handler: NewSiteServer(*dir, cleanBase(*base)), ReadHeaderTimeout: 10 * time.Second}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	go func() {
		<-ctx.Done()
		srv.Shutdown(context.Background())
	}()
	log.Printf("serving %s on http://%s%s/", *dir, *addr, cleanBase(*base))
	if err := srv.ListenAndServe(); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// cleanBase writes a sub-path as "/widget": a leading slash, no trailing one; "" for root.
func cleanBase(base string) string {
	base = strings.Trim(base, "/")
	if base == "" {
		return ""
	}
	return "/" + base
}
