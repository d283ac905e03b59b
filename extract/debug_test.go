package extract

import (
	"fmt"
	"os"
	"testing"
	"time"
)

func TestDebugDump(t *testing.T) {
	path := os.Getenv("EXTRACT_DEBUG")
	if path == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(path)
	pub, _ := time.Parse("2006-01-02", os.Getenv("EXTRACT_PUB"))
	d := newDoc(Article{ID: "x", Text: string(b), Published: pub})
	d.analyze()
	kinds := map[mkind]string{mState: "STATE", mDemonym: "DEM", mCity: "CITY", mOrg: "ORG", mGroup: "GROUP", mPerson: "PER", mUnknown: "UNK", mNonActor: "NON", mTitleRef: "TREF"}
	for si, s := range d.sents {
		fmt.Printf("[%d] %s\n", si, s.text)
		for _, m := range d.ments[si] {
			name := ""
			if m.actor >= 0 {
				name = d.cast.actors[m.actor].name()
			}
			fmt.Printf("     %s %q -> %q desc=%v title=%q\n", kinds[m.kind], m.text, name, m.desc, m.title)
		}
	}
	for _, m := range d.meetings {
		var ns []string
		for _, p := range m.parts {
			ns = append(ns, d.cast.actors[p].name())
		}
		fmt.Printf("MEETING %v %s %s %s %s [%d]\n", ns, m.place, m.date, m.status, m.mode, m.si)
	}
}
