package rules

import (
	"fmt"
	"math/big"
	"sort"
	"strings"

	"zongjie/internal/num"
	"zongjie/internal/record"
)

// env is what a user rule's expression sees: one period's records under the
// data file's own keys, typed, so a misspelt name fails when the rule file is
// loaded. Counts are integers, amounts are 元 (float64), flags are booleans;
// a figure not recorded is nil, and arithmetic on nil makes the rule's value
// 无法计算 (缺少 …) rather than 0. Compare with nil, or use ??, to handle
// missing figures yourself: (unit.members ?? 0).
type env struct {
	Year       *int64        `expr:"year"`
	Membership envMembership `expr:"membership"`
	Building   envBuilding   `expr:"building"`
	Finance    envFinance    `expr:"finance"`
	Charity    envCharity    `expr:"charity"`
	Relief     envRelief     `expr:"relief"`
	Democracy  envDemocracy  `expr:"democracy"`
	Labour     envLabour     `expr:"labour"`
	Women      envWomen      `expr:"women"`
	Bargaining envBargaining `expr:"bargaining"`
	Activities []envActivity `expr:"activities"`
	Honours    []envHonour   `expr:"honours"`
	Groups     []envGroup    `expr:"groups"`
	Units      []envUnit     `expr:"units"`
	// Group is the group a per-group rule is evaluated for (for a per-unit
	// rule, the unit's group); Unit the unit of a per-unit rule.
	Group envGroup `expr:"group"`
	Unit  envUnit  `expr:"unit"`
	// Value returns a computed value by id (built-in or defined earlier in the
	// rule file): the whole organisation's, or in a per-group or per-unit rule
	// the current group's or unit's. Rates are fractions (0.645 for 64.5%).
	Value func(id string) (float64, error) `expr:"value"`
}

type envMembership struct {
	Scope          string `expr:"scope"`
	Units          *int64 `expr:"units"`
	Staff          *int64 `expr:"staff"`
	Members        *int64 `expr:"members"`
	NewMembers     *int64 `expr:"new_members"`
	WomenStaff     *int64 `expr:"women_staff"`
	WomenMembers   *int64 `expr:"women_members"`
	MigrantMembers *int64 `expr:"migrant_members"`
	Retirees       *int64 `expr:"retirees"`
}

type envBuilding struct {
	UnionsPlanned   *int64 `expr:"unions_planned"`
	UnionsBuilt     *int64 `expr:"unions_built"`
	UnitsRequired   *int64 `expr:"units_required"`
	UnitsCovered    *int64 `expr:"units_covered"`
	MeetingsMissing *int64 `expr:"meetings_missing"`
	MeetingsPending *bool  `expr:"meetings_pending"`
}

type envFinance struct {
	Payroll       *float64 `expr:"payroll"`
	Received      *float64 `expr:"received"`
	Spent         *float64 `expr:"spent"`
	Transferred   *float64 `expr:"transferred"`
	Due           *float64 `expr:"due"`
	Remitted      *float64 `expr:"remitted"`
	Dues          *float64 `expr:"dues"`
	Expenditure   *float64 `expr:"expenditure"`
	Balance       *float64 `expr:"balance"`
	BandThreshold *float64 `expr:"band_threshold"`
}

type envCharity struct {
	// Total is the sum of the drives' totals (nil unless every drive has one).
	Total *float64 `expr:"total"`
	// Participated and Eligible sum every drive's participation categories.
	Participated *int64     `expr:"participated"`
	Eligible     *int64     `expr:"eligible"`
	Drives       []envDrive `expr:"drives"`
}

type envDrive struct {
	Name          string   `expr:"name"`
	Total         *float64 `expr:"total"`
	Participated  *int64   `expr:"participated"`
	Eligible      *int64   `expr:"eligible"`
	DonorsAtLeast *int64   `expr:"donors_at_least"`
	Commended     *int64   `expr:"commended"`
}

type envRelief struct {
	// Persons and Amount are the batches' sums (nil unless every batch gives one).
	Persons       *int64     `expr:"persons"`
	Amount        *float64   `expr:"amount"`
	StatedPersons *int64     `expr:"stated_persons"`
	StatedAmount  *float64   `expr:"stated_amount"`
	Batches       []envBatch `expr:"batches"`
}

type envBatch struct {
	Occasion string   `expr:"occasion"`
	Measure  string   `expr:"measure"`
	Persons  *int64   `expr:"persons"`
	Amount   *float64 `expr:"amount"`
}

type envDemocracy struct {
	Body        string `expr:"body"`
	Sessions    *int64 `expr:"sessions"`
	Proposals   *int64 `expr:"proposals"`
	Accepted    *int64 `expr:"accepted"`
	Implemented *int64 `expr:"implemented"`
	OpenItems   *int64 `expr:"open_items"`
	Suggestions *int64 `expr:"suggestions"`
	Adopted     *int64 `expr:"adopted"`
}

type envLabour struct {
	Competitions      *int64 `expr:"competitions"`
	Competitors       *int64 `expr:"competitors"`
	ProjectsStarted   *int64 `expr:"projects_started"`
	ProjectsCompleted *int64 `expr:"projects_completed"`
	ProjectsAwarded   *int64 `expr:"projects_awarded"`
	HazardsFound      *int64 `expr:"hazards_found"`
	HazardsFixed      *int64 `expr:"hazards_fixed"`
	Trainings         *int64 `expr:"trainings"`
	Trained           *int64 `expr:"trained"`
}

type envWomen struct {
	Committee       *bool  `expr:"committee"`
	SpecialContract *bool  `expr:"special_contract"`
	Insured         *int64 `expr:"insured"`
	Checkups        *int64 `expr:"checkups"`
	Activities      *int64 `expr:"activities"`
}

type envBargaining struct {
	Enterprises *int64 `expr:"enterprises"`
	Signed      *int64 `expr:"signed"`
	Staff       *int64 `expr:"staff"`
	Covered     *int64 `expr:"covered"`
}

type envActivity struct {
	Name         string `expr:"name"`
	Category     string `expr:"category"`
	Level        string `expr:"level"`
	Role         string `expr:"role"`
	Participants *int64 `expr:"participants"`
}

type envHonour struct {
	Who   string `expr:"who"`
	Title string `expr:"title"`
	Level string `expr:"level"`
}

type envGroup struct {
	Name              string    `expr:"name"`
	Kind              string    `expr:"kind"`
	UnionsPlanned     *int64    `expr:"unions_planned"`
	UnionsBuilt       *int64    `expr:"unions_built"`
	DonationPerCapita *float64  `expr:"donation_per_capita"`
	Units             []envUnit `expr:"units"`
}

type envUnit struct {
	Name               string   `expr:"name"`
	Group              string   `expr:"group"`
	Kind               string   `expr:"kind"`
	Type               string   `expr:"type"`
	Staff              *int64   `expr:"staff"`
	Members            *int64   `expr:"members"`
	HasUnion           *bool    `expr:"has_union"`
	HeldMeeting        *bool    `expr:"held_meeting"`
	Spending           *float64 `expr:"spending"`
	SpendingPerCapita  *float64 `expr:"spending_per_capita"`
	Donation           *float64 `expr:"donation"`
	DonationPerCapita  *float64 `expr:"donation_per_capita"`
	CollectiveDonation *float64 `expr:"collective_donation"`
	// Figure returns one of the unit's own figures (units[].figures) by name;
	// a figure the unit does not record makes the rule 无法计算 for it.
	Figure func(name string) (float64, error) `expr:"figure"`
}

// yuan converts an amount to float64 元 (exact to the 分 below 2^53 分).
func yuan(m *num.Money) *float64 {
	if m == nil {
		return nil
	}
	f, _ := m.Yuan().Float64()
	return &f
}

// newEnv builds the expression environment of one period.
func newEnv(p *record.Period) env {
	m, b, f := p.Membership, p.Building, p.Finance
	e := env{
		Year: p.When.Year,
		Membership: envMembership{Scope: m.Scope, Units: m.Units, Staff: m.Staff, Members: m.Members,
			NewMembers: m.NewMembers, WomenStaff: m.WomenStaff, WomenMembers: m.WomenMembers,
			MigrantMembers: m.MigrantMembers, Retirees: m.Retirees},
		Building: envBuilding{UnionsPlanned: b.UnionsPlanned, UnionsBuilt: b.UnionsBuilt,
			UnitsRequired: b.UnitsRequired, UnitsCovered: b.UnitsCovered,
			MeetingsMissing: b.MeetingsMissing, MeetingsPending: b.MeetingsPending},
		Finance: envFinance{Payroll: yuan(f.Payroll), Received: yuan(f.Received), Spent: yuan(f.Spent),
			Transferred: yuan(f.Transferred), Due: yuan(f.Due), Remitted: yuan(f.Remitted), Dues: yuan(f.Dues),
			Expenditure: yuan(f.Expenditure), Balance: yuan(f.Balance), BandThreshold: yuan(f.BandThreshold)},
		Democracy: envDemocracy{Body: p.Democracy.Body, Sessions: p.Democracy.Sessions,
			Proposals: p.Democracy.Proposals, Accepted: p.Democracy.Accepted,
			Implemented: p.Democracy.Implemented, OpenItems: p.Democracy.OpenItems,
			Suggestions: p.Democracy.Suggestions, Adopted: p.Democracy.Adopted},
		Labour: envLabour{Competitions: p.Labour.Competitions, Competitors: p.Labour.Competitors,
			ProjectsStarted: p.Labour.ProjectsStarted, ProjectsCompleted: p.Labour.ProjectsCompleted,
			ProjectsAwarded: p.Labour.ProjectsAwarded, HazardsFound: p.Labour.HazardsFound,
			HazardsFixed: p.Labour.HazardsFixed, Trainings: p.Labour.Trainings, Trained: p.Labour.Trained},
		Women: envWomen{Committee: p.Women.Committee, SpecialContract: p.Women.SpecialContract,
			Insured: p.Women.Insured, Checkups: p.Women.Checkups, Activities: p.Women.Activities},
		Bargaining: envBargaining{Enterprises: p.Bargaining.Enterprises, Signed: p.Bargaining.Signed,
			Staff: p.Bargaining.Staff, Covered: p.Bargaining.Covered},
	}
	e.Charity = newEnvCharity(p.Charity)
	e.Relief = newEnvRelief(p.Relief)
	for _, a := range p.Activities {
		e.Activities = append(e.Activities, envActivity{a.Name, a.Category, a.Level, a.Role, a.Participants})
	}
	for _, h := range p.Honours {
		e.Honours = append(e.Honours, envHonour{h.Who, h.Title, h.Level})
	}
	e.Units = make([]envUnit, len(p.Units))
	for i, u := range p.Units {
		e.Units[i] = newEnvUnit(u)
	}
	members := map[string][]envUnit{}
	for i, u := range p.Units {
		if u.Group != "" {
			members[u.Group] = append(members[u.Group], e.Units[i])
		}
	}
	e.Groups = make([]envGroup, len(p.Groups))
	for i, g := range p.Groups {
		e.Groups[i] = envGroup{Name: g.Name, Kind: g.Kind, UnionsPlanned: g.UnionsPlanned, UnionsBuilt: g.UnionsBuilt,
			DonationPerCapita: yuan(g.DonationPerCapita), Units: members[g.Name]}
	}
	return e
}

func newEnvUnit(u record.Unit) envUnit {
	figures := u.Figures
	name := u.Name
	return envUnit{Name: u.Name, Group: u.Group, Kind: u.Kind, Type: u.Type, Staff: u.Staff, Members: u.Members,
		HasUnion: u.HasUnion, HeldMeeting: u.HeldMeeting, Spending: yuan(u.Spending),
		SpendingPerCapita: yuan(u.SpendingPerCapita), Donation: yuan(u.Donation),
		DonationPerCapita: yuan(u.DonationPerCapita), CollectiveDonation: yuan(u.CollectiveDonation),
		Figure: func(key string) (float64, error) {
			d, ok := figures[key]
			if !ok {
				keys := make([]string, 0, len(figures))
				for k := range figures {
					keys = append(keys, k)
				}
				sort.Strings(keys)
				have := "没有自定义指标"
				if len(keys) > 0 {
					have = "已有:" + strings.Join(keys, "、")
				}
				return 0, &missingError{fmt.Sprintf("缺少%s的自定义指标“%s”(units[].figures;%s)", name, key, have)}
			}
			f, _ := d.Rat().Float64()
			return f, nil
		}}
}

func newEnvCharity(drives []record.Drive) envCharity {
	var c envCharity
	total, part, elig := new(big.Rat), int64(0), int64(0)
	allTotals, anyPart := len(drives) > 0, false
	for _, d := range drives {
		ed := envDrive{Name: d.Name, Total: yuan(d.Total), DonorsAtLeast: d.DonorsAtLeast, Commended: d.Commended}
		if d.Total == nil {
			allTotals = false
		} else {
			total.Add(total, d.Total.Yuan())
		}
		var dp, de int64
		for _, pt := range d.Participation {
			if pt.Participated != nil && pt.Eligible != nil {
				dp += *pt.Participated
				de += *pt.Eligible
				anyPart = true
			}
		}
		if len(d.Participation) > 0 {
			ed.Participated, ed.Eligible = &dp, &de
		}
		part += dp
		elig += de
		c.Drives = append(c.Drives, ed)
	}
	if allTotals {
		f, _ := total.Float64()
		c.Total = &f
	}
	if anyPart {
		c.Participated, c.Eligible = &part, &elig
	}
	return c
}

func newEnvRelief(r record.Relief) envRelief {
	e := envRelief{StatedPersons: r.StatedPersons, StatedAmount: yuan(r.StatedAmount)}
	var persons int64
	amount := new(big.Rat)
	allP, allA := len(r.Batches) > 0, len(r.Batches) > 0
	for _, b := range r.Batches {
		eb := envBatch{Occasion: b.Occasion, Measure: reliefMeasure(b.Measure)}
		n := b.Persons
		if n == nil && len(b.Recipients) > 0 {
			var s int64
			for _, p := range b.Recipients {
				if p.Count != nil {
					s += *p.Count
				}
			}
			n = &s
		}
		eb.Persons = n
		if n == nil {
			allP = false
		} else {
			persons += *n
		}
		switch {
		case b.Amount != nil:
			eb.Amount = yuan(b.Amount)
			amount.Add(amount, b.Amount.Yuan())
		case b.Each != nil && n != nil:
			a := new(big.Rat).Mul(b.Each.Yuan(), big.NewRat(*n, 1))
			f, _ := a.Float64()
			eb.Amount = &f
			amount.Add(amount, a)
		default:
			allA = false
		}
		e.Batches = append(e.Batches, eb)
	}
	if allP {
		e.Persons = &persons
	}
	if allA {
		f, _ := amount.Float64()
		e.Amount = &f
	}
	return e
}

// missingError is a runtime error meaning an input is not recorded.
type missingError struct{ msg string }

// Error returns the Chinese message.
func (e *missingError) Error() string { return e.msg }
