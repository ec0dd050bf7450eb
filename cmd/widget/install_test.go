//go:build !wasm

package main

import (
	"encoding/json"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	widget "baotou-widget/app"
)

// TestInstallable: the manifest has what a rich install sheet needs (id, lang,
// description, a narrow and a wide screenshot that exist at their size), and every page's
// og: addresses are the public address's, never a placeholder.
func TestInstallable(t *testing.T) {
	for base, dir := range sites {
		data, err := os.ReadFile(filepath.Join(dir, "manifest.webmanifest"))
		if err != nil {
			t.Fatal(err)
		}
		var m struct {
			ID, Lang, Description string
			Screenshots           []struct {
				Src, Sizes string
				FormFactor string `json:"form_factor"`
			}
		}
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatal(err)
		}
		if m.ID != base+"/" || m.Lang != "zh-CN" || m.Description == "" {
			t.Errorf("%q: manifest id %q, lang %q, description %q", base, m.ID, m.Lang, m.Description)
		}
		forms := map[string]bool{}
		for _, s := range m.Screenshots {
			forms[s.FormFactor] = true
			f, err := os.Open(filepath.Join(dir, strings.TrimPrefix(s.Src, base)))
			if err != nil {
				t.Errorf("%q: screenshot %s: %v", base, s.Src, err)
				continue
			}
			cfg, err := png.DecodeConfig(f)
			f.Close()
			if err != nil || s.Sizes != fmt.Sprintf("%dx%d", cfg.Width, cfg.Height) {
				t.Errorf("%q: screenshot %s says %s, is %dx%d (%v)", base, s.Src, s.Sizes, cfg.Width, cfg.Height, err)
			}
		}
		if !forms["narrow"] || !forms["wide"] {
			t.Errorf("%q: screenshots %v", base, m.Screenshots)
		}
		for page, want := range map[string]string{"index.html": "", "brief.html": "brief"} {
			html, _ := os.ReadFile(filepath.Join(dir, page))
			public := "https://kj.example.cn" + base
			for _, tag := range []string{`<meta property="og:url" content="` + public + "/" + want + `">`, `<meta property="og:image" content="` + public + `/web/icon-512.png">`} {
				if !strings.Contains(string(html), tag) {
					t.Errorf("%q %s lacks %s", base, page, tag)
				}
			}
		}
	}
}

// TestUnsetFacts: a site built without its public address or contact has no og: address
// at all, and the build warns of each fact left unset, the contact among them.
func TestUnsetFacts(t *testing.T) {
	dir := t.TempDir()
	page := `<head><meta property="og:url" content="https://">
<meta property="og:title" content="t">
<meta content="https://" property="og:image">
</head>`
	os.WriteFile(filepath.Join(dir, "index.html"), []byte(page), 0o644)
	if err := publicOG(dir, ""); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "index.html")); strings.Contains(string(b), "og:url") || strings.Contains(string(b), "og:image") || !strings.Contains(string(b), "og:title") {
		t.Errorf("without a public address: %s", b)
	}
	for _, c := range []struct {
		d    widget.Deployment
		want []string
	}{
		{widget.Deployment{Issued: "2025-01-01"}, []string{"PUBLIC_URL", "CONTACT_ZH", "CONTACT_EN"}},
		{widget.Deployment{Issued: "2025-01-01", PublicURL: "https://kj.example.cn", ContactZh: "科技局"}, []string{"CONTACT_EN"}},
		{widget.Deployment{Issued: "2025-01-01", PublicURL: "https://kj.example.cn", ContactZh: "科技局", ContactEn: "S&T bureau"}, nil},
	} {
		if got, err := c.d.Check(); err != nil || !slices.Equal(got, c.want) {
			t.Errorf("%+v: missing %q (%v), want %q", c.d, got, err, c.want)
		}
	}
}
