// Package split cuts one large data file (a county federation's records with
// hundreds of groups and thousands of units) into the records of one group
// or one unit, so that zongjie batch can render a report for each.
//
// A part keeps what belongs to its group or unit and drops what the file
// records only for the whole organisation:
//
//   - organisation: named after the group (枫林学区工会) or unit (枫林镇中心
//     小学工会), with the whole organisation as its parent (上级工会) and
//     leadership, and the same centre of work; the period is the file's.
//   - finance: the part's spending, the sum of its units' (left out when a
//     unit lacks it), and the file's per-head spending line.
//   - membership: the part's units, staff and members, summed over its units
//     (left out when a unit lacks the figure).
//   - groups and units: the part's group and its units (a unit part: the unit
//     alone, without its group, so no ranking of one), with every per-unit
//     figure: staff, members, union and meeting, spending, donations.
//   - building (group parts): the group's union-building task.
//   - charity: when the file has exactly one drive, that drive with the part's
//     units' donations as its total (unit donations are not recorded per
//     drive, so with several drives no total can be attributed).
//   - activities and honours: those naming one of the part's units, with only
//     that unit's results.
//   - finance totals, relief, democracy, labour, women's work, bargaining,
//     targets, schedule and the clerk's text are the whole organisation's and
//     are left out; the report drops the sentences that would need them.
package split

import (
	"strings"

	"zongjie/internal/num"
	"zongjie/internal/record"
)

// Part is one group's or unit's share of a data file.
type Part struct {
	Name string // the group or unit name
	p    *record.Period
	kind string // "group" or "unit"
	of   []int  // indices of the part's units in p.Units
	g    int    // index of the part's group in p.Groups (group parts)
	ix   *index // who won what, shared by the parts of one file
}

// Period builds the part's records. The result shares no slices with the
// whole file's records that a caller could modify through it, except the
// units, which it copies.
func (pt Part) Period() *record.Period {
	p := pt.p
	sub := &record.Period{File: p.File, When: p.When}
	units := make([]record.Unit, len(pt.of))
	for i, ui := range pt.of {
		units[i] = p.Units[ui]
	}
	sub.Units = units
	if pt.kind == "unit" {
		units[0].Group = "" // a unit's report is about the unit alone
	} else {
		sub.Groups = []record.Group{p.Groups[pt.g]}
	}
	sub.Org = record.Organisation{
		Name:       orgName(pt.Name),
		Parent:     p.Org.Name,
		Leadership: []string{p.Org.Name},
		Centre:     p.Org.Centre,
		Kind:       p.Org.Kind,
	}
	if pt.kind == "unit" {
		sub.Org.Kind, sub.Org.ShortName = unitKind(units[0], p.Org.Kind)
	} else if g := sub.Groups[0]; g.Kind != "" {
		sub.Org.ShortName = g.Kind + "工会"
		sub.Building = record.Building{UnionsPlanned: g.UnionsPlanned, UnionsBuilt: g.UnionsBuilt}
	}
	sub.Membership = membership(units, pt.kind == "group")
	sub.Finance.BandThreshold = p.Finance.BandThreshold
	sub.Finance.Expenditure = spending(units)
	sub.Charity = charity(p.Charity, units)
	keys := make([]string, 0, len(units)+1)
	for _, u := range units {
		keys = append(keys, u.Name)
	}
	if pt.kind == "group" {
		keys = append(keys, pt.Name)
	}
	results, honours := pt.ix.of(keys)
	sub.Activities = activities(p.Activities, results)
	sub.Honours = pick(p.Honours, honours)
	return sub
}

// Groups returns one part per group that has units, in the order of the
// file's groups, and the names of units that belong to no group.
func Groups(p *record.Period) (parts []Part, ungrouped []string) {
	names := make([]string, 0, len(p.Units)+len(p.Groups))
	for _, u := range p.Units {
		names = append(names, u.Name)
	}
	for _, g := range p.Groups {
		names = append(names, g.Name)
	}
	ix := newIndex(p, names)
	members := make(map[string][]int, len(p.Groups))
	for i, u := range p.Units {
		if u.Group == "" {
			ungrouped = append(ungrouped, u.Name)
			continue
		}
		members[u.Group] = append(members[u.Group], i)
	}
	for gi, g := range p.Groups {
		if of := members[g.Name]; len(of) > 0 {
			parts = append(parts, Part{Name: g.Name, p: p, kind: "group", of: of, g: gi, ix: ix})
		}
	}
	return parts, ungrouped
}

// Units returns one part per unit, in the order of the units table.
func Units(p *record.Period) []Part {
	names := make([]string, len(p.Units))
	for i, u := range p.Units {
		names[i] = u.Name
	}
	ix := newIndex(p, names)
	parts := make([]Part, len(p.Units))
	for i, u := range p.Units {
		parts[i] = Part{Name: u.Name, p: p, kind: "unit", of: []int{i}, g: -1, ix: ix}
	}
	return parts
}

// orgName names the part's union: 枫林学区 → 枫林学区工会.
func orgName(name string) string {
	if strings.HasSuffix(name, "工会") {
		return name
	}
	return name + "工会"
}

// unitKind gives a unit's organisation kind and the short name its report
// uses for its union. A unit that is neither school, kindergarten, office
// nor enterprise (a 教师发展中心, a 学区 office) is a 事业单位: its report
// speaks of 全单位, not of the county its name begins with.
func unitKind(u record.Unit, parentKind string) (kind, short string) {
	switch {
	case u.Type == "幼儿园":
		return "学校", "园工会"
	case u.Kind == "学校":
		return "学校", "校工会"
	case u.Type == "机关":
		return "机关", "机关工会"
	case u.Kind == "企业":
		return "企业", ""
	case u.Kind == "" && u.Type == "":
		return parentKind, ""
	}
	return "事业单位", ""
}

// spending sums the units' union spending, nil if a unit lacks it.
func spending(units []record.Unit) *num.Money {
	var total num.Money
	for _, u := range units {
		if u.Spending == nil {
			return nil
		}
		total += *u.Spending
	}
	return &total
}

// membership sums the units' staff and members. A unit without a union has
// no members; any other missing figure leaves the sum out.
func membership(units []record.Unit, countUnits bool) record.Membership {
	var m record.Membership
	if countUnits {
		n := int64(len(units))
		m.Units = &n
	}
	var staff, members int64
	staffOK, membersOK := true, true
	for _, u := range units {
		if u.Staff == nil {
			staffOK = false
		} else {
			staff += *u.Staff
		}
		switch {
		case u.Members != nil:
			members += *u.Members
		case u.HasUnion != nil && !*u.HasUnion:
		default:
			membersOK = false
		}
	}
	if staffOK {
		m.Staff = &staff
	}
	if membersOK {
		m.Members = &members
	}
	return m
}

// charity attributes the file's only drive to the part: its total is the
// part's units' individual and collective donations.
func charity(drives []record.Drive, units []record.Unit) []record.Drive {
	if len(drives) != 1 {
		return nil
	}
	var total num.Money
	found := false
	for _, u := range units {
		for _, m := range []*num.Money{u.Donation, u.CollectiveDonation} {
			if m != nil {
				total += *m
				found = true
			}
		}
	}
	if !found {
		return nil
	}
	d := drives[0]
	return []record.Drive{{
		Name: d.Name, Start: d.Start, End: d.End, Total: &total,
		PerCapitaExcludesCollective: d.PerCapitaExcludesCollective,
	}}
}

// activities keeps the activities with a result among refs (in file
// order), with only those results.
func activities(all []record.Activity, refs []ref) []record.Activity {
	var out []record.Activity
	for i := 0; i < len(refs); {
		ai := refs[i].activity
		a := all[ai]
		var results []record.Result
		for ; i < len(refs) && refs[i].activity == ai; i++ {
			results = append(results, a.Results[refs[i].result])
		}
		a.Results, a.Participants = results, nil
		out = append(out, a)
	}
	return out
}

// pick returns the honours at the (sorted) indices.
func pick(all []record.Honour, at []int) []record.Honour {
	var out []record.Honour
	for _, i := range at {
		out = append(out, all[i])
	}
	return out
}
