package rules

import (
	"path/filepath"
	"testing"

	"github.com/shopspring/decimal"
)

func mustGlob(t testing.TB, pattern string) []string {
	paths, err := filepath.Glob(pattern)
	if err != nil || len(paths) == 0 {
		t.Fatalf("no files match %s", pattern)
	}
	return paths
}

func addExamples(f *testing.F) {
	for _, p := range mustGlob(f, "examples/*.answers.json") {
		f.Add(readFile(f, p))
	}
	f.Add([]byte(`{"rd":{"thisYear":"1.5"},"inZone":true,"inZone":true}`))
	f.Add([]byte(`{"cultivated":{"hte":1e2}}`))
}

// FuzzDecode: the decoder never panics, and what it accepts encodes to answers that decode
// to the same encoding.
func FuzzDecode(f *testing.F) {
	addExamples(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Decode(data)
		if err != nil {
			if _, ok := err.(*FieldError); !ok {
				t.Fatalf("error of type %T", err)
			}
			return
		}
		enc := Encode(a)
		b, err := Decode(enc)
		if err != nil {
			t.Fatalf("re-decoding %s: %v", enc, err)
		}
		if string(Encode(b)) != string(enc) {
			t.Fatalf("unstable encoding %s", enc)
		}
		checkIndent(t, a)
	})
}

// FuzzAssess checks the invariants of the issue, and that every text reads, on answers
// built from the fuzzer's numbers: every field reachable, unlike answers written as JSON,
// which the fuzzer rarely makes valid. The examples are its seeds.
func FuzzAssess(f *testing.F) {
	for _, p := range mustGlob(f, "examples/*.answers.json") {
		a, err := Decode(readFile(f, p))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(fuzzSeed(a))
	}
	f.Fuzz(func(t *testing.T, seed []byte) {
		a := fuzzAnswers(seed)
		s := Assess(a)
		checkInvariants(t, a, s)
		for _, lang := range []Lang{Chinese, English} {
			checkAssessmentTexts(t, "fuzz", lang, &s)
		}
		for _, p := range readingProblems(&a, &s) {
			t.Error(p)
		}

		// Raising a figure never lowers the item it feeds.
		step := decimal.NewFromInt(123457).Div(decimal.NewFromInt(100))
		raise := []struct {
			ids []ItemID
			up  func(*Answers)
		}{
			{[]ItemID{RDGrowth, RDScale}, func(b *Answers) { b.RD.ThisYear = b.RD.ThisYear.Add(step) }},
			{[]ItemID{TechContracts}, func(b *Answers) { b.TechContracts = b.TechContracts.Add(step) }},
			{[]ItemID{PilotPlatformItem}, func(b *Answers) { b.PilotPlatform.EquipmentCost = b.PilotPlatform.EquipmentCost.Add(step) }},
			{[]ItemID{LoanInterest}, func(b *Answers) { b.LoanInterest = b.LoanInterest.Add(step) }},
		}
		for _, r := range raise {
			b := a
			r.up(&b)
			s2 := Assess(b)
			for _, id := range r.ids {
				if s2.Item(id).Amount.LessThan(s.Item(id).Amount) {
					t.Fatalf("%s fell from %s to %s when its figure rose", id, s.Item(id).Amount, s2.Item(id).Amount)
				}
			}
		}
		// Naming an item in higherLevelRewarded never raises a total.
		for _, id := range ItemIDs() {
			b := a
			b.HigherLevelRewarded = append([]string{string(id)}, a.HigherLevelRewarded...)
			s2 := Assess(b)
			if s2.Total.GreaterThan(s.Total) || s2.TotalUpTo.GreaterThan(s.TotalUpTo) || s2.TotalCompetitive.GreaterThan(s.TotalCompetitive) {
				t.Fatalf("naming %s raised a total", id)
			}
		}
	})
}

// caps are the largest amount each item can pay.
var caps = map[ItemID]int64{
	OpenCall: 5000000, Breakthrough: 10000000, NationalKeyLab: 3000000, RegionKeyLab: 1000000,
	AcademicianWorkstation: 500000, RegionRDCenter: 400000, InnovationConsortium: 400000,
	NewRDInstitution: 300000, PilotPlatformItem: 3000000, ConceptCenter: 200000, TechTransfer: 0,
	TechContracts: 100000, TechSME: 20000, HTE: 150000, Gazelle: 500000, Unicorn: 3000000,
	RDGrowth: 100000, RDScale: 500000, LoanInterest: 100000, IncubatorRating: 2000000,
	IncubatorCultivation: 500000,
}

func checkInvariants(t *testing.T, a Answers, s Assessment) {
	t.Helper()
	if len(s.Items) != 21 {
		t.Fatalf("%d items", len(s.Items))
	}
	total, upTo, competitive := decimal.Decimal{}, decimal.Decimal{}, decimal.Decimal{}
	for i, it := range s.Items {
		if it.ID != itemRules[i].id {
			t.Fatalf("item %d is %s", i, it.ID)
		}
		if it.Amount.IsNegative() || it.Amount.GreaterThan(decimal.NewFromInt(caps[it.ID])) {
			t.Fatalf("%s amount %s outside 0…%d", it.ID, it.Amount, caps[it.ID])
		}
		if !it.Amount.Equal(it.Amount.Round(2)) {
			t.Fatalf("%s amount %s not in cents", it.ID, it.Amount)
		}
		if !it.Eligible && !it.Amount.IsZero() {
			t.Fatalf("%s not eligible but pays %s", it.ID, it.Amount)
		}
		if it.Eligible && it.Basis == Exact {
			total = total.Add(it.Amount)
		}
		if it.Eligible && (it.Basis == Exact || it.Basis == UpTo) {
			upTo = upTo.Add(it.Amount)
		}
		if it.Eligible && it.Basis == Competitive {
			competitive = competitive.Add(it.Amount)
		}
		if (it.Basis == Competitive) != (it.ID == OpenCall || it.ID == Breakthrough) {
			t.Fatalf("%s has basis %s", it.ID, it.Basis)
		}
		if len(it.Reasons) == 0 {
			t.Fatalf("%s has no reason", it.ID)
		}
	}
	if !total.Equal(s.Total) || !upTo.Equal(s.TotalUpTo) || s.TotalUpTo.LessThan(s.Total) || !competitive.Equal(s.TotalCompetitive) {
		t.Fatalf("totals %s / %s / %s, items sum to %s / %s / %s", s.Total, s.TotalUpTo, s.TotalCompetitive, total, upTo, competitive)
	}
}

// fuzzAnswers builds answers from the fuzzer's bytes, read as a stream of choices: each
// field takes the next bytes it needs, and missing bytes read as zero.
func fuzzAnswers(seed []byte) Answers {
	var a Answers
	next := func() uint64 {
		var v uint64
		for i := 0; i < 8 && len(seed) > 0; i++ {
			v |= uint64(seed[0]) << (8 * i)
			seed = seed[1:]
		}
		return v
	}
	for i := range Fields {
		f := &Fields[i]
		v := next()
		switch f.Kind {
		case KindBool:
			*f.Bool(&a) = v&1 == 1
		case KindAmount:
			*f.Amount(&a) = decimal.New(int64(v%(MaxAmount.BigInt().Uint64()*100+1)), -2)
		case KindEnum:
			if n := v % uint64(len(f.Values)+1); n > 0 {
				*f.Text(&a) = f.Values[n-1]
			}
		case KindList:
			for j, x := range f.Values {
				if v&(1<<j) != 0 {
					f.addToList(&a, x)
				}
			}
		case KindCount:
			*f.Int(&a) = int(v % (MaxCount + 1))
		case KindYear:
			*f.Int(&a) = int(v % 6)
		}
	}
	return a
}

// fuzzSeed is the stream of choices fuzzAnswers reads back as a.
func fuzzSeed(a Answers) []byte {
	var out []byte
	put := func(v uint64) {
		for i := 0; i < 8; i++ {
			out = append(out, byte(v>>(8*i)))
		}
	}
	for i := range Fields {
		f := &Fields[i]
		switch f.Kind {
		case KindBool:
			if *f.Bool(&a) {
				put(1)
			} else {
				put(0)
			}
		case KindAmount:
			put(uint64(f.Amount(&a).Shift(2).IntPart()))
		case KindEnum:
			n := uint64(0)
			for j, x := range f.Values {
				if x == *f.Text(&a) {
					n = uint64(j + 1)
				}
			}
			put(n)
		case KindList:
			var bits uint64
			for j, x := range f.Values {
				if has(*f.List(&a), x) {
					bits |= 1 << j
				}
			}
			put(bits)
		default:
			put(uint64(*f.Int(&a)))
		}
	}
	return out
}

// TestFuzzSeedsRoundTrip: the seeds are the examples, exactly.
func TestFuzzSeedsRoundTrip(t *testing.T) {
	for _, p := range mustGlob(t, "examples/*.answers.json") {
		a, _ := Decode(readFile(t, p))
		if got := Encode(fuzzAnswers(fuzzSeed(a))); string(got) != string(Encode(a)) {
			t.Errorf("%s: seed reads back as %s", p, got)
		}
	}
}
