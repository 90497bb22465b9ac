// Package metrics writes what the rule engine computed for `zongjie
// metrics`: a readable Chinese table (WriteTable) and JSON for other
// programs (WriteJSON). Every value is listed with its formula, its working
// and the positions of the figures it was computed from.
package metrics
