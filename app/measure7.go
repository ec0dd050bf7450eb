package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// measure7 asks for clause 七: the loan interest paid this year.
func (w *Widget) measure7() app.UI {
	return w.card(7, w.amountInput("loanInterest"), false)
}
