package synth

import (
	"math/rand/v2"
	"strings"
)

// counties are fictional county names; the seed picks one.
var counties = []string{
	"青溪县", "临江县", "云和县", "松阳县", "清源县", "安仁县", "泰顺县", "石门县",
	"龙泉县", "桐乡县", "长兴县", "武义县", "仙居县", "磐安县", "景宁县", "庆元县",
}

// The first and second characters of place-name stems (乡镇、村). Every pair
// reads as a plausible southern Chinese place name.
var (
	placeFirst  = []rune("枫岩大上下朱花桥溪山东西南北新石黄白青碧金银龙凤马鹤桃柳梅竹松柏云潭沙塘湖港岭坑坦田林源江河平安永长高古清福")
	placeSecond = []rune("林头岙塘坦口溪田坑山岭桥湾坪垟源洋浦岗屿港川阳村庄岸堡坂垄岩门里湖洲渡亭寨浜沿园坊")
	surnames    = []rune("王李张刘陈杨黄赵吴周徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎潘戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段章钱汤尹黎易常武乔贺赖龚文")
	givenChars  = []rune("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国志红梅春晓海燕云飞鹏辉宇浩然慧琳婷雪瑞晨欣怡佳乐天凯")
)

// stems returns n distinct place-name stems in a seeded order: two
// characters while they last, then three.
func stems(r *rand.Rand, n int) []string {
	all := make([]string, 0, len(placeFirst)*len(placeSecond))
	for _, a := range placeFirst {
		for _, b := range placeSecond {
			if a != b {
				all = append(all, string([]rune{a, b}))
			}
		}
	}
	r.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	if n <= len(all) {
		return all[:n]
	}
	out := all
	seen := make(map[string]bool, n)
	for _, s := range all {
		seen[s] = true
	}
	for len(out) < n {
		s := all[r.IntN(len(all))] + string(placeSecond[r.IntN(len(placeSecond))])
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// villages hands out village stems within one town, never the town's own
// stem and never the same one twice.
type villages struct {
	r    *rand.Rand
	used map[string]bool
}

func newVillages(r *rand.Rand, town string) *villages {
	return &villages{r: r, used: map[string]bool{town: true}}
}

func (v *villages) next() string {
	for {
		a, b := placeFirst[v.r.IntN(len(placeFirst))], placeSecond[v.r.IntN(len(placeSecond))]
		if a == b {
			continue
		}
		s := string([]rune{a, b})
		if len(v.used) > len(placeFirst)*len(placeSecond)/2 {
			s += string(placeSecond[v.r.IntN(len(placeSecond))])
		}
		if !v.used[s] {
			v.used[s] = true
			return s
		}
	}
}

// person returns a plausible two- or three-character personal name.
func person(r *rand.Rand) string {
	var b strings.Builder
	b.WriteRune(surnames[r.IntN(len(surnames))])
	b.WriteRune(givenChars[r.IntN(len(givenChars))])
	if r.IntN(3) > 0 {
		b.WriteRune(givenChars[r.IntN(len(givenChars))])
	}
	return b.String()
}
