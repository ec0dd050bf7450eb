// Package rules is the Baotou Rare Earth High-tech Zone's eight innovation measures
// (包头稀土高新区加快推动科技创新提质增效行动八条措施) as exact, cited rules.
//
// The policy is one value, an Edition (edition.go): its text, every figure with the
// clause's words it comes from, who each item is for and how long it runs. Current is the
// edition in force; every text that states a figure of the policy names it
// ({M6.GrowthCap}) and Edition.Fill writes it from the edition, so that the next edition
// changes every figure on screen at once.
//
// Each measure lives in its own file, measure1.go … measure8.go, which opens with the
// clause's original text and keeps its amounts and thresholds in one table citing the
// clause; supplementary.go holds the 附则. The reading of the policy that the code follows
// is the project's spec (spec/rules.md); where the text leaves a choice, the code names
// the Reading it takes.
//
// Decode reads the answers contract strictly, Assess computes all 21 items with their
// reasons, and Assessment.Report renders them in Chinese or English. Nothing here touches
// a browser or the network: the package builds and tests as plain Go.
package rules
