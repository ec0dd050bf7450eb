package rules_test

import (
	"fmt"

	"baotou-widget/rules"
)

// A small enterprise in the zone, filed as a tech-based SME for the first time, paying
// loan interest.
func ExampleAssess() {
	a, err := rules.Decode([]byte(`{
		"inZone": true, "orgType": "enterprise",
		"techSME": "first", "loanInterest": "150000"
	}`))
	if err != nil {
		panic(err)
	}
	s := rules.Assess(a)
	for _, it := range s.Items {
		if it.Eligible {
			fmt.Println(it.ID, it.Basis, it.Amount.StringFixed(2))
		}
	}
	fmt.Println("total", s.Total.StringFixed(2), "up to", s.TotalUpTo.StringFixed(2))
	// Output:
	// m5.tech_sme exact 10000.00
	// m7.loan_interest up_to 30000.00
	// total 10000.00 up to 40000.00
}
