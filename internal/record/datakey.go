package record

import (
	"reflect"
	"strings"
)

// DataKey is the key a data file gives a record type's field (its yaml
// tag, "members"), or "" for a field the data does not hold (unexported,
// or tagged "-").
func DataKey(f reflect.StructField) string {
	if !f.IsExported() {
		return ""
	}
	tag, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
	if tag == "-" {
		return ""
	}
	return tag
}

// JoinPath appends a key to a data path: "membership" and "members" give
// "membership.members"; the root path "" gives the key alone.
func JoinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}
