package startup

// Sizes of the heap mapped ahead (on Linux; elsewhere nothing is mapped).
// Every process maps Ahead as it starts: a report of one union, PDF
// included, allocates less than that. A command that will grow far beyond
// it (a roll-up, a county of 100 000 units) calls MapHeap(true) for
// LargeAhead: mapped, not used, so what it does not touch costs nothing.
const (
	Ahead      = 32 << 20
	LargeAhead = 512 << 20
)
