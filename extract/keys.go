package extract

import (
	"strings"

	"github.com/parley-dev/parley/graph"
)

// key is graph.Key with a fast path for plain-ASCII names, which are most
// of them; graph.Key builds a Unicode normalizer on every call.
func key(name string) string {
	for i := 0; i < len(name); i++ {
		if name[i] >= 0x80 {
			return graph.Key(name)
		}
	}
	var b strings.Builder
	words := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f' || r == '-' || r == '/' || r == ','
	})
	kept := 0
	for i, w := range words {
		w = strings.TrimSuffix(w, "'s")
		w = strings.Map(func(r rune) rune {
			if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
				return r
			}
			return -1
		}, w)
		if w == "" || (kept == 0 && keyHonorifics[w] && i < len(words)-1) {
			continue
		}
		if kept > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		kept++
	}
	return b.String()
}

// keyHonorifics are the words graph.Key drops from the front of a name.
var keyHonorifics = set("mr", "mrs", "ms", "messrs", "dr", "sheikh", "sir", "the")
