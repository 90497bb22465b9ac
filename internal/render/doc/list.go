package doc

import (
	"strconv"

	"github.com/yuin/goldmark/ast"
)

// BulletMarker is the marker writers print before an item of a bullet list.
const BulletMarker = "•"

// ListMarker returns the text that starts list item n when a writer renders
// a list the way offices type it, as plain paragraphs rather than word
// processor numbering: "1.", "2.", … counted from the list's start number
// with the list's own delimiter ("." or ")"), or BulletMarker for a bullet
// list. It returns "" when n is not an item of a list.
func ListMarker(n ast.Node) string {
	item, ok := n.(*ast.ListItem)
	if !ok {
		return ""
	}
	list, ok := item.Parent().(*ast.List)
	if !ok {
		return ""
	}
	if !list.IsOrdered() {
		return BulletMarker
	}
	number := list.Start
	for s := item.PreviousSibling(); s != nil; s = s.PreviousSibling() {
		number++
	}
	return strconv.Itoa(number) + string(list.Marker)
}
