package cnfmt

import (
	"errors"
	"fmt"
	"strings"
)

// Ranked is one entry of a ranking as the rules engine computed it: the name,
// its figure already worded ("156元", "89.94%", or "" for a ranking of names
// only), its rank (competition ranking: 1, 2, 2, 4) and whether it shares
// that rank with a neighbour.
type Ranked struct {
	Name, Value string
	Rank        int
	Tied        bool
}

// Place words a rank: Place(2, false) = "第二", Place(2, true) = "并列第二".
// Panics if rank < 1.
func Place(rank int, tied bool) string {
	if tied {
		return "并列" + Ordinal(rank)
	}
	return Ordinal(rank)
}

// RankList words a ranking in rank order, for a sentence such as
// "各片区人均捐款排名依次为：…". Without ties it is a plain 、 enumeration of
// name and figure, as reports write it:
//
//	大岙学区156元、岩头学区136元、上塘学区123元
//
// When there are ties, each tied group is named once with its place and the
// shared figure, and the positions are separated by "，" so that the 、
// inside a group stays unambiguous:
//
//	大岙学区156元，岩头学区、瓯北学区并列第二（均为136元），上塘学区、直属学校并列第四（均为123元），永临学区115元
//
// With empty values a tied group reads "岩头学区、瓯北学区并列第二".
// Items must come in non-decreasing rank order, tied items in input order.
// An error reports an empty list, a blank name, values given for some items
// only, a rank below 1 or out of order, or Tied flags that disagree with the
// ranks (tied items share a rank and a figure; untied items share neither).
func RankList(items []Ranked) (string, error) {
	if len(items) == 0 {
		return "", errors.New("排名为空")
	}
	withValues := items[0].Value != ""
	for i, it := range items {
		switch {
		case strings.TrimSpace(it.Name) == "":
			return "", fmt.Errorf("排名第%d项没有名称", i+1)
		case (it.Value != "") != withValues:
			return "", fmt.Errorf("排名中“%s”的数值与其他项不一致（有的有数值，有的没有）", it.Name)
		case it.Rank < 1:
			return "", fmt.Errorf("“%s”的名次%d无效", it.Name, it.Rank)
		case i > 0 && it.Rank < items[i-1].Rank:
			return "", fmt.Errorf("排名未按名次排列：“%s”第%d名排在“%s”第%d名之后",
				it.Name, it.Rank, items[i-1].Name, items[i-1].Rank)
		}
	}
	var segs []string
	anyTie := false
	for i := 0; i < len(items); {
		j := i + 1
		for j < len(items) && items[j].Rank == items[i].Rank {
			j++
		}
		group := items[i:j]
		tied := len(group) > 1
		for _, it := range group {
			if it.Tied != tied {
				if tied {
					return "", fmt.Errorf("“%s”与其他项同为第%d名，却未标为并列", it.Name, it.Rank)
				}
				return "", fmt.Errorf("“%s”标为并列第%d名，但没有与之并列的项", it.Name, it.Rank)
			}
			if it.Value != group[0].Value {
				return "", fmt.Errorf("并列第%d名的“%s”（%s）与“%s”（%s）数值不同",
					it.Rank, group[0].Name, group[0].Value, it.Name, it.Value)
			}
		}
		if tied {
			anyTie = true
			names := make([]string, len(group))
			for k, it := range group {
				names[k] = strings.TrimSpace(it.Name)
			}
			seg := strings.Join(names, "、") + Place(group[0].Rank, true)
			if withValues {
				seg += "（均为" + group[0].Value + "）"
			}
			segs = append(segs, seg)
		} else {
			segs = append(segs, strings.TrimSpace(group[0].Name)+group[0].Value)
		}
		i = j
	}
	if anyTie {
		return strings.Join(segs, "，"), nil
	}
	return strings.Join(segs, "、"), nil
}
