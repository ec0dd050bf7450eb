// Package rules is the Baotou Rare Earth High-tech Zone's eight innovation measures
// (包头稀土高新区加快推动科技创新提质增效行动八条措施) as exact, cited rules.
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
