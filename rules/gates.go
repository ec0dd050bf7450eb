package rules

// Gate reports whether the reason is a met test of the organisation's profile that most
// items share (in the zone, an enterprise, above-scale industrial): a briefing shows the
// profile once, on the organisation's screen, and each item's own tests after it.
func (r Reason) Gate() bool {
	switch r.Msg.id {
	case msgInZone, msgEnterprise, msgAboveScale:
		return r.Mark == Met
	}
	return false
}
