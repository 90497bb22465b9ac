package rollup

import (
	"encoding/json"
	"fmt"
	"slices"
)

// meta is what a roll-up writes beside its records in its metrics file
// (the "rollup" object), so that a roll-up of roll-ups goes on as if it
// had read every union itself: the origins of its rows and texts, and the
// values it left out because its unions disagreed.
type meta struct {
	origins   map[string][]origin
	conflicts map[string]bool
	dropped   map[string][]Tombstone
}

// Tombstone is a row a roll-up left out because a value it requires
// disagreed (a stated rate whose unions gave it both with and without its
// base): a roll-up of the roll-up leaves the row out too.
type Tombstone struct {
	Key string `json:"key"`
	// Present: the row had figures, so its record counts as giving
	// figures (see merger.record).
	Present bool `json:"present,omitempty"`
}

// Meta is the "rollup" object of a roll-up's metrics file (zongjie
// metrics --json output with it is a child a roll-up can read).
type Meta struct {
	// Partial: the records are a part of a federation's unions (a shard,
	// or a hand-picked part), not the federation's: they hold no figure
	// of the federation's own and were not checked against its register.
	Partial bool `json:"partial"`
	// Parent is the federation rolled up into; Period its period.
	Parent string `json:"parent"`
	Period string `json:"period"`
	// Shard is "i/N" when the roll-up was one shard of N.
	Shard string `json:"shard,omitempty"`
	// Shards lists the shards the records hold ("3/8"): its own, and
	// those of the partial roll-ups it rolled up, so that the final roll-up
	// can tell that none is missing.
	Shards []string `json:"shards,omitempty"`
	// Unions lists every union rolled up, at every level.
	Unions []Union `json:"unions"`
	// LeftOut lists the unions left out (--keep-going) and why.
	LeftOut []LeftOut `json:"left_out"`
	// Audits are the federation's stated totals checked against its
	// unions' sums.
	Audits []Audit `json:"audits"`
	// Origins and Conflicts: see meta.
	Origins   map[string][]origin    `json:"origins,omitempty"`
	Conflicts []string               `json:"conflicts,omitempty"`
	Dropped   map[string][]Tombstone `json:"dropped,omitempty"`
}

// Union is one union rolled up.
type Union struct {
	Name string `json:"name"`
	// Parent is the federation it belongs to, the level above it.
	Parent string `json:"parent"`
	// File is the data or metrics file it was read from.
	File string `json:"file"`
}

// LeftOut is a union (or a data file) left out of a roll-up, and why.
type LeftOut struct {
	Name   string `json:"name,omitempty"`
	Parent string `json:"parent,omitempty"`
	File   string `json:"file"`
	Line   int    `json:"line,omitempty"`
	Col    int    `json:"col,omitempty"`
	Reason string `json:"reason"`
}

// MarshalJSON writes an origin as [who, index].
func (o origin) MarshalJSON() ([]byte, error) { return json.Marshal([]any{o.who, o.idx}) }

// UnmarshalJSON reads an origin written as [who, index].
func (o *origin) UnmarshalJSON(b []byte) error {
	var v []json.RawMessage
	if err := json.Unmarshal(b, &v); err != nil || len(v) != 2 {
		return fmt.Errorf("来源应写成 [名称, 序号]")
	}
	if err := json.Unmarshal(v[0], &o.who); err != nil {
		return fmt.Errorf("来源的名称应是文字")
	}
	if err := json.Unmarshal(v[1], &o.idx); err != nil || o.idx < 0 {
		return fmt.Errorf("来源的序号应是不小于 0 的整数")
	}
	return nil
}

// internal returns the merge's view of the metadata.
func (m *Meta) internal() *meta {
	c := make(map[string]bool, len(m.Conflicts))
	for _, p := range m.Conflicts {
		c[p] = true
	}
	return &meta{origins: m.Origins, conflicts: c, dropped: m.Dropped}
}

// sortedConflicts returns the paths in order.
func sortedConflicts(paths []string) []string {
	out := slices.Clone(paths)
	slices.Sort(out)
	return slices.Compact(out)
}
