package style

// CharsPerLine and LinesPerPage are the GB/T 9704 text grid: 28 body
// characters per line and 22 lines per page on the 156 × 225 mm text block.
// Writers that can lay text on a grid (DOCX w:docGrid) use them to fit
// exactly 28 characters of 三号 text per line.
const (
	CharsPerLine = 28
	LinesPerPage = 22
)
