package mention

import (
	"maps"
	"slices"
	"strings"
)

// formerCapitalState gives a former state its capital back: in a story
// that names a former state (the Soviet Union, Yugoslavia) and never by
// name the present-day state whose capital the same city is, the city
// standing for a government ("the swap between Moscow and Santiago") is
// the former state's, as its readers took it. The gazetteer keeps the
// city with its present state so that a city stays where it lies
// (gazetteer.FormerCapital), which made "Moscow" Russia in Cold War
// stories and put Russia among the sides of their negotiations (issue
// 14's five-hundred-and-thirty-first round; p3218, p289, p777, p1418).
// A story that names the present state (a 1991 story of the Soviet Union
// and Yeltsin's Russia) keeps the city with it. A city that is no present
// capital (Bonn) stands for no state today and is left so: made West
// Germany, "an understanding between Paris and Bonn" read as talks
// (p1010, p2342). Two named former states of one capital (Rhodesia,
// Zimbabwe Rhodesia) leave the city alone. The dateline's home state
// follows its city. The present state's demonym goes with its capital.
func (d *scanner) formerCapitalState(out [][]Mention, dateline string) {
	// named: the states the story names or gives a demonym of;
	// presentNamed: those it names by name.
	named, presentNamed := map[string]bool{}, map[string]bool{}
	for _, ms := range out {
		for _, m := range ms {
			if (m.Kind == State || m.Kind == Demonym) && m.Code != "" {
				named[m.Code] = true
				presentNamed[m.Code] = presentNamed[m.Code] || m.Kind == State
			}
		}
	}
	byCity := map[string][]string{}
	for _, former := range slices.Sorted(maps.Keys(named)) {
		if city := d.g.FormerCapital(former); city != "" {
			byCity[city] = append(byCity[city], former)
		}
	}
	for city, formers := range byCity {
		if len(formers) > 1 {
			continue // two former states of one capital: which is meant is unknown
		}
		former := formers[0]
		present := ""
		for code, c := range d.g.Countries {
			if c.Sovereign && d.g.CapitalCity(code) == city {
				present = code
			}
		}
		for si := range out {
			for x := range out[si] {
				m := &out[si][x]
				switch {
				case m.Kind == City && m.City == city && m.Code != "" && m.Code != former && !presentNamed[m.Code]:
					m.Code = former
				case m.Kind == Demonym && present != "" && m.Code == present && !presentNamed[present]:
					// "Czech" in a story of Czechoslovakia (p1473, p1509's
					// "Russian"): the present state's demonym, as its capital.
					m.Code = former
				}
			}
		}
		if strings.EqualFold(dateline, city) && d.homeCode != "" && !presentNamed[d.homeCode] {
			d.homeCode = former
		}
	}
}
