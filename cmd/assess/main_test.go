package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"baotou-widget/rules"
)

const examples = "../../rules/examples/"

func assess(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestJSONFileAndStdin(t *testing.T) {
	code, fromFile, stderr := assess(t, "", examples+"magnet-maker.answers.json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var r rules.Report
	if err := json.Unmarshal([]byte(fromFile), &r); err != nil {
		t.Fatal(err)
	}
	if r.Total != "1175000.00" || r.TotalUpTo != "1285000.00" || r.TotalCompetitive != "3000000.00" || len(r.Items) != 21 {
		t.Errorf("total %s upTo %s competitive %s items %d", r.Total, r.TotalUpTo, r.TotalCompetitive, len(r.Items))
	}
	if r.Items[0].Basis != rules.Competitive {
		t.Errorf("m1 has basis %s", r.Items[0].Basis)
	}
	if !strings.Contains(fromFile, "研发费用增量补助") {
		t.Error("Chinese is not the default")
	}
	data, _ := os.ReadFile(examples + "magnet-maker.answers.json")
	code, fromStdin, _ := assess(t, string(data))
	if code != 0 || fromStdin != fromFile {
		t.Errorf("standard input gave exit %d and a different result", code)
	}
	code, english, _ := assess(t, string(data), "-lang", "en")
	if code != 0 || !strings.Contains(english, "R&D growth subsidy") {
		t.Errorf("-lang en: exit %d", code)
	}
}

func TestBadInput(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte(`{"rd":{"thisYear":"12,0"}}`), 0o644)
	for _, c := range []struct {
		name, stdin string
		args        []string
		err         string
	}{
		{"bad file", "", []string{bad}, `rd.thisYear: "12,0": 不是金额`},
		{"bad file in English", "", []string{"-lang", "en", bad}, `rd.thisYear: "12,0": not an amount`},
		{"missing file", "", []string{"/nonexistent.json"}, "no such file"},
		{"not JSON", "hello", nil, "不是有效的 JSON"},
		{"bad language", "{}", []string{"-lang", "fr"}, "want zh or en"},
	} {
		code, stdout, stderr := assess(t, c.stdin, c.args...)
		if code != 2 || stdout != "" || !strings.Contains(stderr, c.err) {
			t.Errorf("%s: exit %d, stdout %q, stderr %q", c.name, code, stdout, stderr)
		}
	}
}

func TestCSV(t *testing.T) {
	code, stdout, stderr := assess(t, "", "-csv", "testdata/batch.csv")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	rows, err := csv.NewReader(strings.NewReader(stdout)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 5 || len(rows[0]) != 25 {
		t.Fatalf("%d rows of %d columns", len(rows), len(rows[0]))
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	if rows[1][0] != "磁材公司" || rows[1][col["total"]] != "1175000.00" || rows[1][col["totalUpTo"]] != "1285000.00" || rows[1][col["totalCompetitive"]] != "3000000.00" {
		t.Errorf("first row %v", rows[1])
	}
	if rows[1][col["m6.rd_growth"]] != "45000.00" {
		t.Errorf("m6.rd_growth %s", rows[1][col["m6.rd_growth"]])
	}
	// The last row sums every column.
	for c := 1; c < len(rows[0]); c++ {
		sum := decimal.Decimal{}
		for _, r := range rows[1:4] {
			sum = sum.Add(decimal.RequireFromString(r[c]))
		}
		if rows[4][c] != sum.StringFixed(2) {
			t.Errorf("sum of %s: %s, want %s", rows[0][c], rows[4][c], sum.StringFixed(2))
		}
	}
	if rows[4][0] != "合计" {
		t.Errorf("sum row named %q", rows[4][0])
	}
}

func TestCSVBadRow(t *testing.T) {
	code, stdout, stderr := assess(t, "", "-csv", "-lang", "en", "testdata/bad.csv")
	if code != 2 || stdout != "" || !strings.Contains(stderr, `line 3: rd.thisYear: "12,000": not an amount`) {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	for _, c := range []struct{ in, err string }{
		{"name,nope\nx,1\n", `line 1: column "nope" is not an answer field`},
		{"inZone,inZone\n", `line 1: column "inZone" given twice`},
		{"", "no header row"},
		{"inZone,orgType\ntrue\n", "wrong number of fields"},
	} {
		code, stdout, stderr := assess(t, c.in, "-csv")
		if code != 2 || stdout != "" || !strings.Contains(stderr, c.err) {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", c.in, code, stdout, stderr)
		}
	}
}

func TestCSVTemplateHeaderIsAccepted(t *testing.T) {
	code, header, _ := assess(t, "", "-template")
	if code != 0 || !strings.HasPrefix(header, "name,inZone,orgType,") {
		t.Fatalf("-template: exit %d, %q", code, header)
	}
	in := header + strings.Repeat(",", len(rules.CSVTemplateHeader())-1) + "\n"
	if code, _, stderr := assess(t, "\ufeff"+in, "-csv"); code != 0 {
		t.Errorf("template header refused: %s", stderr)
	}
}

// BenchmarkCSV measures a batch of 100,000 rows, the size of the goal.
func BenchmarkCSV(b *testing.B) {
	header := "name,inZone,orgType,aboveScaleIndustrial,newPlatforms,techSME,hte,rd.thisYear,rd.lastYear,rd.revenue,loanInterest,techContracts\n"
	var in strings.Builder
	in.WriteString(header)
	for i := range 100000 {
		fmt.Fprintf(&in, "org%d,true,enterprise,true,region_key_lab,repeat,renewed,%d,10500000,200000000,300000,12000000\n", i, 10000000+i)
	}
	data := in.String()
	b.ResetTimer()
	for b.Loop() {
		if _, err := assessCSV(strings.NewReader(data), rules.Chinese); err != nil {
			b.Fatal(err)
		}
	}
}
