package app

import (
	"net/url"
	"testing"
)

// TestQueryValue: queryValue reads a query as url.Values' Get and Has do.
func TestQueryValue(t *testing.T) {
	for _, q := range []string{"", "lang=en", "example", "embed=1&lang=zh&lang=en", "a;b=1&lang=en", "lang=e%6E&step=+3", "&&lang=&example=", "lang=%zz&lang=en"} {
		u := &url.URL{RawQuery: q}
		for _, name := range []string{"lang", "example", "embed", "step", "a"} {
			v, ok := queryValue(u, name)
			if want := u.Query(); v != want.Get(name) || ok != want.Has(name) {
				t.Errorf("?%s: %s gives %q %v, want %q %v", q, name, v, ok, want.Get(name), want.Has(name))
			}
		}
	}
}
