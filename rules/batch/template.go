package batch

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"baotou-widget/rules"
	"baotou-widget/rules/input"
)

// The template officers start a batch from: a header naming the organisation and every
// answer field as the questionnaire asks it, amounts in 万元 in Chinese (in yuan in
// English). The .xlsx adds drop-down lists for yes/no and single choices, and a second
// sheet that says, for every column, how to fill it and which words it takes. Rows given
// to it are filled in as an officer would, in words: an example to try.

// TemplateHeader is the template's header row in lang.
func TemplateHeader(lang rules.Lang) []string {
	h := []string{catalog(lang).nameHeader}
	for i := range rules.Fields {
		h = append(h, columnTitle(lang, &rules.Fields[i]))
	}
	return h
}

// TemplateCSV writes the template as CSV in UTF-8 with a byte-order mark, so that Excel
// shows its Chinese.
func TemplateCSV(out io.Writer, lang rules.Lang, rows ...Row) error {
	if _, err := io.WriteString(out, "\ufeff"); err != nil {
		return err
	}
	w := csv.NewWriter(out)
	w.UseCRLF = true
	w.Write(TemplateHeader(lang))
	for i := range rows {
		w.Write(templateRow(lang, &rows[i]))
	}
	w.Flush()
	return w.Error()
}

// templateRow writes a row's answers in the template's columns, words and units.
func templateRow(lang rules.Lang, r *Row) []string {
	cells := []string{r.Name}
	for i := range rules.Fields {
		f := &rules.Fields[i]
		cell := ""
		switch f.Kind {
		case rules.KindBool:
			if *f.Bool(&r.Answers) {
				cell = catalog(lang).yesNo[0]
			}
		case rules.KindEnum:
			if v := *f.Text(&r.Answers); v != "" {
				cell = valueName(lang, f, v)
			}
		case rules.KindList:
			var words []string
			for _, v := range *f.List(&r.Answers) {
				words = append(words, valueName(lang, f, v))
			}
			cell = strings.Join(words, catalog(lang).listSep)
		case rules.KindAmount:
			if v := *f.Amount(&r.Answers); !v.IsZero() {
				unit := input.Yuan
				if catalog(lang).amountUnit == zh.amountUnit {
					unit = input.Wan
				}
				cell = input.FormatMoney(v, unit)
			}
		case rules.KindCount, rules.KindYear:
			if n := *f.Int(&r.Answers); n != 0 {
				cell = strconv.Itoa(n)
			}
		}
		cells = append(cells, cell)
	}
	return cells
}

// TemplateXLSX writes the template as an .xlsx workbook.
func TemplateXLSX(out io.Writer, lang rules.Lang, rows ...Row) error {
	m := catalog(lang)
	head := TemplateHeader(lang)
	widths := make([]float64, len(head))
	for i, h := range head {
		widths[i] = width(h)
	}
	var drops []validation
	for i := range rules.Fields {
		if words := dropDown(lang, &rules.Fields[i]); words != "" {
			drops = append(drops, validation{column: i + 1, words: words})
		}
	}
	answers := xsheet{name: m.answersSheet, widths: widths, freeze: true, validations: drops, rows: func(w *rowWriter) error {
		cells := make([]xcell, len(head))
		for i, h := range head {
			cells[i] = header(h)
		}
		err := w.row(cells...)
		for i := range rows {
			for j, cell := range templateRow(lang, &rows[i]) {
				cells[j] = text(cell)
				if j > 0 && isNumber(rules.Fields[j-1].Kind) && cell != "" {
					cells[j] = numeric(cell) // as a spreadsheet keeps a figure typed
				}
			}
			err = w.row(cells...)
		}
		return err
	}}
	columns := xsheet{name: m.columnsSheet, widths: []float64{44, 30, 52, 30}, freeze: true, rows: func(w *rowWriter) error {
		w.row(header(m.columnsHeader[0]), header(m.columnsHeader[1]), header(m.columnsHeader[2]), header(m.columnsHeader[3]))
		w.row(wrapped(m.nameHeader), wrapped(m.nameColumn), text(""), text("name"))
		for i := range rules.Fields {
			f := &rules.Fields[i]
			w.row(wrapped(head[i+1]), wrapped(rules.Current.Fill(lang, m.kinds[f.Kind])), wrapped(wordList(lang, f)), text(f.Path))
		}
		return nil
	}}
	return writeXLSX(out, []xsheet{answers, columns})
}

// isNumber reports whether a field of kind k is written as a number.
func isNumber(k rules.Kind) bool {
	return k == rules.KindAmount || k == rules.KindCount || k == rules.KindYear
}

// wordList is the explanation sheet's list of the words f takes in lang.
func wordList(lang rules.Lang, f *rules.Field) string {
	switch f.Kind {
	case rules.KindBool:
		return strings.Join(catalog(lang).yesNo[:], " / ")
	case rules.KindEnum, rules.KindList:
		words := allowedWords(lang, f)
		if len(words) > 6 {
			return strings.Join(words, "\n")
		}
		return strings.Join(words, " / ")
	}
	return ""
}

// dropDown is the drop-down list of a yes/no or single-choice column, as Excel writes a
// list's formula ("是,否"), or empty where a list would not fit Excel's 255 characters.
func dropDown(lang rules.Lang, f *rules.Field) string {
	var words []string
	switch f.Kind {
	case rules.KindBool:
		words = catalog(lang).yesNo[:]
	case rules.KindEnum:
		words = allowedWords(lang, f)
	default:
		return ""
	}
	list := strings.Join(words, ",")
	if len(list) > 255 || strings.Count(list, ",") != len(words)-1 || strings.Contains(list, `"`) {
		return ""
	}
	return list
}
