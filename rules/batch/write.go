package batch

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"baotou-widget/rules"
)

// The forecast as a spreadsheet: one row per organisation with its name, its row in the
// file it came from, each item's amount and the three totals, and a last row of sums;
// in an .xlsx a second sheet sums it by measure and item. Headers are the items' names
// in the language asked for ("三 · 新备案自治区重点实验室（元）"), amounts in yuan.

// forecastHeader is the header row of the forecast.
func forecastHeader(lang rules.Lang) []string {
	m := catalog(lang)
	h := []string{m.nameHeader, m.rowHeader}
	for _, id := range rules.ItemIDs() {
		h = append(h, itemName(lang, id)+m.yuanSuffix)
	}
	return append(h, m.totalExact+m.yuanSuffix, m.totalUpTo+m.yuanSuffix, m.totalCompetitive+m.yuanSuffix)
}

// itemSums are each item's column sum: an item has one basis, so its amounts fall in
// one of the sums (exact ones in both Exact and UpTo).
func (f *Forecast) itemSums() []Cents {
	sums := make([]Cents, len(f.Items))
	for j, s := range f.Items {
		sums[j] = s.UpTo + s.Competitive
	}
	return sums
}

// inertText keeps a text a CSV's reader would take for a formula (=, +, -, @, a tab or a
// carriage return first: "=HYPERLINK(…)", "@SUM(…)") as text, as OWASP's advice on CSV
// injection has it: a single quote first, which Excel and LibreOffice show as text and do
// not evaluate. The .xlsx writes every text as a shared string, never a formula.
func inertText(s string) string {
	if s != "" && strings.IndexByte("=+-@\t\r", s[0]) >= 0 {
		return "'" + s
	}
	return s
}

// WriteCSV writes the forecast as CSV in UTF-8; with bom it starts with the byte-order
// mark by which Excel knows UTF-8 (without it, Excel on a Chinese Windows reads GBK).
func (f *Forecast) WriteCSV(out io.Writer, lang rules.Lang, bom bool) error {
	if bom {
		if _, err := io.WriteString(out, "\ufeff"); err != nil {
			return err
		}
	}
	w := csv.NewWriter(out)
	w.UseCRLF = true
	w.Write(forecastHeader(lang))
	row := make([]string, 0, len(f.Items)+5)
	for i := range f.Orgs {
		o := &f.Orgs[i]
		row = append(row[:0], inertText(o.Name), strconv.Itoa(o.Line))
		for _, c := range o.Items {
			row = append(row, c.String())
		}
		w.Write(append(row, o.Total.String(), o.TotalUpTo.String(), o.Competitive.String()))
	}
	row = append(row[:0], catalog(lang).sumRow, "")
	for _, c := range f.itemSums() {
		row = append(row, c.String())
	}
	w.Write(append(row, f.Total.Exact.String(), f.Total.UpTo.String(), f.Total.Competitive.String()))
	w.Flush()
	return w.Error()
}

// WriteXLSX writes the forecast as an .xlsx workbook: the forecast, and its summary by
// measure and item.
func (f *Forecast) WriteXLSX(out io.Writer, lang rules.Lang) error {
	m := catalog(lang)
	head := forecastHeader(lang)
	widths := make([]float64, len(head))
	for i, h := range head {
		widths[i] = min(width(h), 24)
	}
	widths[0] = 28
	forecast := xsheet{name: m.forecastSheet, widths: widths, freeze: true, rows: func(w *rowWriter) error {
		cells := make([]xcell, 0, len(head))
		for _, h := range head {
			cells = append(cells, header(h))
		}
		w.row(cells...)
		for i := range f.Orgs {
			o := &f.Orgs[i]
			cells = append(cells[:0], text(o.Name), integer(o.Line))
			for _, c := range o.Items {
				cells = append(cells, money(c))
			}
			w.row(append(cells, money(o.Total), money(o.TotalUpTo), money(o.Competitive))...)
		}
		cells = append(cells[:0], header(m.sumRow), text(""))
		for _, c := range f.itemSums() {
			cells = append(cells, boldMoney(c))
		}
		return w.row(append(cells, boldMoney(f.Total.Exact), boldMoney(f.Total.UpTo), boldMoney(f.Total.Competitive))...)
	}}
	summary := xsheet{name: m.summarySheet, widths: []float64{44, 18, 22, 24, 22}, freeze: true, rows: func(w *rowWriter) error {
		w.row(header(m.summaryHeader), header(m.orgs), header(m.totalExact+m.yuanSuffix), header(m.totalUpTo+m.yuanSuffix), header(m.totalCompetitive+m.yuanSuffix))
		sum := func(name xcell, s Sum, amount func(Cents) xcell) {
			w.row(name, integer(s.Orgs), amount(s.Exact), amount(s.UpTo), amount(s.Competitive))
		}
		ids := rules.ItemIDs()
		for n := 1; n <= 8; n++ {
			sum(header(fmt.Sprintf(m.measure, rules.ClauseNumeral(n))), f.Measures[n], boldMoney)
			for j, id := range ids {
				if measureOf(id) == n {
					sum(text(itemName(lang, id)), f.Items[j], money)
				}
			}
		}
		sum(header(m.sumRow), f.Total, boldMoney)
		return nil
	}}
	return writeXLSX(out, []xsheet{forecast, summary})
}
