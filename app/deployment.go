package app

import (
	"fmt"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/rules"
)

// Deployment is what a deployment states about itself at build time (make static
// PUBLIC_URL=… ISSUED=…): written into the pages' environment by the site writer and read
// back by the page. A fact not given is left unsaid, never invented (spec/widget.md).
type Deployment struct {
	PublicURL string // the public address links and QR codes lead to
	Issued    string // the policy's issue date, YYYY-MM-DD, from which 附则三 counts its validity
	// The department's contact for applicants (office, telephone, address or web page), in
	// Chinese and English, which every earned item's next steps show (next.go).
	ContactZh, ContactEn string
}

// The environment's names for the facts, as the Makefile's variables name them.
const (
	envPublicURL = "PUBLIC_URL"
	envIssued    = "ISSUED"
	envContactZh = "CONTACT_ZH"
	envContactEn = "CONTACT_EN"
)

// Env is the facts as go-app's environment carries them to the page.
func (d Deployment) Env() map[string]string {
	return map[string]string{envPublicURL: d.PublicURL, envIssued: d.Issued, envContactZh: d.ContactZh, envContactEn: d.ContactEn}
}

// Check refuses a fact that is given but wrong, and lists the facts not given, for the
// site writer to warn of.
func (d Deployment) Check() (missing []string, err error) {
	if d.PublicURL == "" {
		missing = append(missing, envPublicURL)
	}
	for _, f := range [][2]string{{envContactZh, d.ContactZh}, {envContactEn, d.ContactEn}} {
		if f[1] == "" {
			missing = append(missing, f[0])
		}
	}
	if d.Issued == "" {
		missing = append(missing, envIssued)
	} else if _, err := time.Parse(time.DateOnly, d.Issued); err != nil {
		return nil, fmt.Errorf("%s=%q: not a date as 2025-01-01", envIssued, d.Issued)
	}
	return missing, nil
}

// deployment is the facts the page was built with.
func deployment() Deployment {
	return Deployment{PublicURL: app.Getenv(envPublicURL), Issued: app.Getenv(envIssued),
		ContactZh: app.Getenv(envContactZh), ContactEn: app.Getenv(envContactEn)}
}

// validUntil is the last day the edition applies, when the deployment gave its issue date.
func (d Deployment) validUntil() (time.Time, bool) {
	issued, err := time.Parse(time.DateOnly, d.Issued)
	if err != nil {
		return time.Time{}, false
	}
	return rules.Current.ValidUntil(issued), true
}

// validity is 附则三 as the page states it: the date the measures run until, when the
// deployment gave the issue date, or the clause's own words, which invent no date.
func validity(lang rules.Lang, d Deployment) string {
	c := T(lang)
	if until, ok := d.validUntil(); ok {
		return fill(c.ValidUntil, "date", dateText(lang, until))
	}
	return rules.Current.Fill(lang, c.ValidFromIssue)
}

// expiry is the warning above the results once the measures have run out by the device's
// clock, or "" while they run or when the issue date is unknown.
func expiry(lang rules.Lang, d Deployment, today time.Time) string {
	until, ok := d.validUntil()
	y, m, day := today.Date()
	if !ok || !time.Date(y, m, day, 0, 0, 0, 0, time.UTC).After(until) {
		return ""
	}
	return fill(T(lang).Expired, "date", dateText(lang, until))
}

// dateText writes a day as a reader of lang does: 2026年12月31日, 31 December 2026.
func dateText(lang rules.Lang, t time.Time) string {
	if lang == rules.English {
		return t.Format("2 January 2006")
	}
	return t.Format("2006年1月2日")
}
