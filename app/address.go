package app

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// rootPrefix is the sub-path the site is hosted under ("" at a host's root).
func rootPrefix() string {
	p := app.Getenv("GOAPP_ROOT_PREFIX")
	if p == "/" {
		return ""
	}
	return p
}

// internalHref is the address of one of the widget's pages. The server's resolver adds
// the sub-path when it prerenders; in the browser go-app resolves only /web/ paths, so
// the sub-path is added here.
func internalHref(path string) string {
	if app.IsServer {
		return path
	}
	return rootPrefix() + path
}

// siteAddress is the questionnaire's address for links that leave this browser: the
// public address the site was built for (make static PUBLIC_URL=…), or this site's own.
func siteAddress() string {
	if u := deployment().PublicURL; u != "" {
		return strings.TrimRight(u, "/") + "/"
	}
	if app.IsServer {
		return "/"
	}
	return app.Window().Get("location").Get("origin").String() + rootPrefix() + "/"
}

// fragment is the address's fragment as typed, unescaped where a messenger escaped it
// ("%7E" for "~"). In the browser it is read from location itself: an address whose
// fragment does not parse would otherwise lose it, and the user would not learn why.
func fragment(u *url.URL) string {
	raw := u.EscapedFragment()
	if app.IsClient {
		raw = strings.TrimPrefix(app.Window().Get("location").Get("hash").String(), "#")
	}
	if s, err := url.PathUnescape(raw); err == nil {
		return s
	}
	return raw
}

// queryValue is the first value of name in u's query and whether name is there at all, as
// u.Query()'s Get and Has tell: read here pair by pair, since url.ParseQuery's map
// building costs the WebAssembly 4 KB for the few names the pages take.
func queryValue(u *url.URL, name string) (string, bool) {
	for _, pair := range strings.Split(u.RawQuery, "&") {
		if strings.Contains(pair, ";") {
			continue // ParseQuery refuses such a pair
		}
		k, v, _ := strings.Cut(pair, "=")
		k, errK := url.QueryUnescape(k)
		v, errV := url.QueryUnescape(v)
		if errK == nil && errV == nil && k == name {
			return v, true
		}
	}
	return "", false
}

// addressDamaged is true when the page was opened at an address whose fragment does not
// parse (a share link cut or altered by hand): guardAddress took it off.
var addressDamaged bool

// onDamagedAddress tells the page, once it is running, that guardAddress took off a
// fragment: go-app then sees an address it already shows and does not navigate.
var onDamagedAddress func()

// guardAddress takes off a fragment that does not parse before go-app reads the address
// and fails on it (it would dereference the nil URL), at start and at every later change
// of address in the page: this listener is added before go-app's, so it runs first.
func guardAddress() {
	check := func() {
		href := app.Window().Get("location").Get("href").String()
		if _, err := url.Parse(href); err == nil {
			return
		}
		addressDamaged = true
		clean, _, _ := strings.Cut(href, "#")
		app.Window().Get("history").Call("replaceState", nil, "", clean)
	}
	check()
	app.Window().Call("addEventListener", "popstate", app.FuncOf(func(app.Value, []app.Value) any {
		check()
		if addressDamaged && onDamagedAddress != nil {
			onDamagedAddress()
		}
		return nil
	}))
}
