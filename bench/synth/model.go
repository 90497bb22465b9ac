package synth

// county is the synthetic data of one county education union for one year.
// Money is in 分, as in internal/num.
type county struct {
	name    string // 青溪县
	year    int
	chair   string
	groups  []group
	units   []unit
	payroll int64 // 工资总额
	drive   drive
	relief  []batch
	events  []event
	honours []honour
	// democracy, labour and women figures
	proposals, accepted, implemented, openItems int
	trainings, trained                          int
	insured, checkups, womenEvents              int
}

// group is a 学区 (one per town) or the county's directly run schools.
type group struct {
	name, kind     string
	planned, built int // this year's union-building task
}

// unit is one grassroots union, one row of the units table.
type unit struct {
	name, group, kind, typ string
	staff, members         int
	women                  int
	hasUnion, held         bool
	spending               int64 // 0 with spendingSet: spent nothing
	donation, collective   int64
}

// drive is the year's 慈善一日捐.
type drive struct {
	startMonth, endMonth int
	donorsAtLeast        int
	topPerson            string
	topAmount            int64
	topUnit              string
	topUnitAmount        int64
	commended            int
}

// batch is one relief occasion.
type batch struct {
	occasion, who, source string
	month, day            int
	persons               int    // when no recipients
	recipients            []part // breakdown, summing to the persons
	amount                int64  // total; 0 when each is used
	each                  int64  // per recipient
	measure               string
}

type part struct {
	label string
	count int
}

// total returns the batch's recipients and money.
func (b batch) total() (int, int64) {
	n := b.persons
	if len(b.recipients) > 0 {
		n = 0
		for _, p := range b.recipients {
			n += p.count
		}
	}
	if b.amount > 0 {
		return n, b.amount
	}
	return n, int64(n) * b.each
}

// event is one activity.
type event struct {
	name, category, level, role string
	month, day, endMonth        int
	participants                int
	results                     []result
	note                        string
}

type result struct {
	who, award string
	rank       int
}

type honour struct {
	who, title, level, by string
	month                 int
}
