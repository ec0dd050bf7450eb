package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/shopspring/decimal"

	"baotou-widget/rules"
)

// nameColumn is the optional column passed through to the output; it heads
// rules.CSVTemplateHeader.
var nameColumn = rules.CSVTemplateHeader()[0]

// assessCSV reads a header of answer field paths and one organisation a row, and writes
// the name, the 21 item amounts, total, totalUpTo and totalCompetitive of each, and a last row of sums. A bad
// row stops it with the row's line and field, before anything is written.
func assessCSV(in io.Reader, lang rules.Lang) ([]byte, error) {
	r := csv.NewReader(in)
	r.ReuseRecord = true
	header, err := r.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, errors.New("CSV: no header row")
		}
		return nil, fmt.Errorf("CSV: %w", err)
	}
	columns, nameAt, err := readHeader(header)
	if err != nil {
		return nil, err
	}

	ids := rules.ItemIDs()
	var out bytes.Buffer
	w := csv.NewWriter(&out)
	w.Write(outputHeader(ids))
	sums := make([]decimal.Decimal, len(ids)+3)
	row := make([]string, len(ids)+4)
	for {
		record, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("CSV: %w", err)
		}
		line, _ := r.FieldPos(0)
		var a rules.Answers
		for i, f := range columns {
			if f == nil {
				continue
			}
			if err := rules.SetText(&a, f, record[i]); err != nil {
				return nil, fmt.Errorf("line %d: %s", line, err.(*rules.FieldError).Message(lang))
			}
		}
		s := rules.Assess(a)
		row[0] = ""
		if nameAt >= 0 {
			row[0] = record[nameAt]
		}
		for i := range s.Items {
			row[i+1] = s.Items[i].Amount.StringFixed(2)
			sums[i] = sums[i].Add(s.Items[i].Amount)
		}
		row[len(ids)+1] = s.Total.StringFixed(2)
		row[len(ids)+2] = s.TotalUpTo.StringFixed(2)
		row[len(ids)+3] = s.TotalCompetitive.StringFixed(2)
		sums[len(ids)] = sums[len(ids)].Add(s.Total)
		sums[len(ids)+1] = sums[len(ids)+1].Add(s.TotalUpTo)
		sums[len(ids)+2] = sums[len(ids)+2].Add(s.TotalCompetitive)
		w.Write(row)
	}
	row[0] = sumLabel[lang]
	for i, s := range sums {
		row[i+1] = s.StringFixed(2)
	}
	w.Write(row)
	w.Flush()
	return out.Bytes(), w.Error()
}

// sumLabel names the last row.
var sumLabel = map[rules.Lang]string{rules.Chinese: "合计", rules.English: "sum"}

// readHeader maps each column to its answer field (nil for the name column) and finds
// the name column (-1 if none). An unknown or repeated column is an error.
func readHeader(header []string) ([]*rules.Field, int, error) {
	columns := make([]*rules.Field, len(header))
	nameAt := -1
	seen := map[string]bool{}
	for i, h := range header {
		if i == 0 {
			h = strings.TrimPrefix(h, "\ufeff") // the byte-order mark spreadsheets write
		}
		h = strings.TrimSpace(h)
		if seen[h] {
			return nil, 0, fmt.Errorf("line 1: column %q given twice", h)
		}
		seen[h] = true
		if h == nameColumn {
			nameAt = i
			continue
		}
		f := rules.FieldByPath(h)
		if f == nil {
			return nil, 0, fmt.Errorf("line 1: column %q is not an answer field", h)
		}
		columns[i] = f
	}
	return columns, nameAt, nil
}

func outputHeader(ids []rules.ItemID) []string {
	h := []string{nameColumn}
	for _, id := range ids {
		h = append(h, string(id))
	}
	return append(h, "total", "totalUpTo", "totalCompetitive")
}
