package record

// SetFastRows turns the fast reader of table rows on or off, for tests
// outside the package comparing the two; it returns the setting before.
func SetFastRows(on bool) bool {
	was := fastRows
	fastRows = on
	return was
}
