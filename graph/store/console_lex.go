package store

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf16"

	"github.com/parley-dev/parley/graph"
)

// The console's lexical check (layer 1 of three, see console.go). It is a
// backstop, not the guarantee: the plan check decides. It reads the query
// the way Cypher's lexer does where that matters for hiding words:
//
//   - \uXXXX escapes are decoded over the whole text before anything else,
//     Java-style (Cypher does this too: C\u0052EATE is CREATE, and \u0027
//     closes a string), a backslash preceded by an odd number of
//     backslashes starting no escape;
//   - comments and string literals are blanked, backtick-quoted names are
//     kept as the names they quote;
//   - every Unicode white space, control or format character outside
//     literals is a separator (Cypher accepts U+00A0, U+3000, U+001C, …
//     between keywords, where a regular expression's \s sees none).

var (
	forbiddenClause = regexp.MustCompile(`(?i)(?:^|[^.\w$])(CREATE|MERGE|INSERT|DELETE|DETACH|SET|REMOVE|DROP|FOREACH|LOAD +CSV|USE|GRANT|DENY|REVOKE|ALTER|RENAME|START|STOP|TERMINATE|ENABLE|DISABLE|DEALLOCATE|REALLOCATE|DRYRUN|IN +TRANSACTIONS|FINISH +TRANSACTIONS|PERIODIC +COMMIT)\b`)
	procedureCall   = regexp.MustCompile(`(?i)(?:^|[^.\w$])CALL +([\p{L}_][\p{L}\p{N}_.]*)`)
	leadingKeyword  = regexp.MustCompile(`(?i)^\s*(EXPLAIN|PROFILE)\b`)
	// Dots with separators around them still join a qualified name
	// (CALL db . createLabel is db.createLabel).
	spacedDot = regexp.MustCompile(` *\. *`)
	// SHOW commands other than the schema listings (indexes, constraints)
	// show transactions, settings, users: administration.
	showCommand = regexp.MustCompile(`(?i)(?:^|[^.\w$])SHOW +([A-Z]+)`)
)

// readOnlyProcedures may be called from the console: schema introspection
// and full-text search. Keys are lower case (Cypher's own lookup is case
// sensitive, so a differently cased name fails there).
var readOnlyProcedures = map[string]bool{
	"db.labels": true, "db.relationshiptypes": true, "db.propertykeys": true,
	"db.schema.visualization": true, "db.schema.nodetypeproperties": true,
	"db.schema.reltypeproperties": true, "db.index.fulltext.querynodes": true,
	"db.index.fulltext.queryrelationships": true,
}

// showAllowed are the SHOW commands the console runs: listings of the
// schema, which db.* procedures show too.
var showAllowed = map[string]bool{
	"INDEX": true, "INDEXES": true, "CONSTRAINT": true, "CONSTRAINTS": true,
	"RANGE": true, "FULLTEXT": true, "TEXT": true, "POINT": true, "VECTOR": true, "LOOKUP": true,
	"UNIQUE": true, "UNIQUENESS": true, "KEY": true, "EXIST": true, "EXISTENCE": true,
	"NODE": true, "RELATIONSHIP": true, "REL": true, "PROPERTY": true,
}

// CheckReadOnly is the console's lexical check (layer 1). It returns a
// graph.FieldError on "query" saying what is refused.
func CheckReadOnly(query string) error {
	if strings.TrimSpace(query) == "" {
		return graph.Invalid("query", "is empty")
	}
	if len(query) > MaxQueryBytes {
		return graph.Invalid("query", fmt.Sprintf("is longer than %d bytes", MaxQueryBytes))
	}
	code, err := lexCode(query)
	if err != nil {
		return graph.Invalid("query", err.Error())
	}
	if strings.TrimSpace(code) == "" {
		return graph.Invalid("query", "holds only comments")
	}
	if err := checkShape(code); err != nil {
		return err
	}
	if i := strings.Index(code, ";"); i >= 0 && strings.TrimSpace(code[i+1:]) != "" {
		return graph.Invalid("query", "holds more than one statement: send one at a time")
	}
	if m := forbiddenClause.FindStringSubmatch(code); m != nil {
		return graph.Invalid("query", fmt.Sprintf("is refused: the console is read-only and %s writes, administers or leaves the database", strings.ToUpper(strings.Join(strings.Fields(m[1]), " "))))
	}
	for _, m := range showCommand.FindAllStringSubmatch(code, -1) {
		if !showAllowed[strings.ToUpper(m[1])] {
			return graph.Invalid("query", fmt.Sprintf("is refused: SHOW %s is administration (the console shows indexes and constraints only)", strings.ToUpper(m[1])))
		}
	}
	for _, m := range procedureCall.FindAllStringSubmatch(code, -1) {
		if !readOnlyProcedures[strings.ToLower(m[1])] {
			return graph.Invalid("query", fmt.Sprintf("calls procedure %s, which is not on the console's read-only list", m[1]))
		}
	}
	return nil
}

// Neo4j 2026.08 does not answer a query whose expression tree is a few
// hundred levels deep (brackets nested 200 deep, or 300 additions in a
// row, measured): its parser or planner overflows its stack, the error is
// lost on the way back and the client waits for its timeout. The console
// refuses such shapes with a 400 well below where that starts (150 levels
// and 120 operators were answered).
const (
	maxNesting   = 100 // (, [ and { open at once
	maxOperators = 100 // arithmetic and string operators in the query
)

// checkShape refuses queries nested or chained deeper than the limits.
func checkShape(code string) error {
	depth, deepest, ops := 0, 0, 0
	prev := func(i int) byte { // the previous non-space byte
		for i--; i >= 0; i-- {
			if code[i] != ' ' {
				return code[i]
			}
		}
		return 0
	}
	next := func(i int) byte {
		for i++; i < len(code); i++ {
			if code[i] != ' ' {
				return code[i]
			}
		}
		return 0
	}
	for i := 0; i < len(code); i++ {
		switch c := code[i]; c {
		case '(', '[', '{':
			depth++
			deepest = max(deepest, depth)
		case ')', ']', '}':
			depth--
		case '+', '*', '/', '%', '^':
			ops++
		case '-':
			// A minus, not a relationship's arrow or line.
			if !strings.ContainsRune("()[]<>-", rune(prev(i))) && !strings.ContainsRune("()[]<>-", rune(next(i))) {
				ops++
			}
		}
	}
	if deepest > maxNesting {
		return graph.Invalid("query", fmt.Sprintf("nests brackets %d deep; the console allows %d", deepest, maxNesting))
	}
	if ops > maxOperators {
		return graph.Invalid("query", fmt.Sprintf("holds %d arithmetic operators; the console allows %d", ops, maxOperators))
	}
	return nil
}

// lexCode returns the query's code as the checks read it: escapes
// decoded, comments and strings blanked, quoted names unquoted, every
// separator a plain space, qualified names joined. A malformed escape or
// an unterminated literal or comment is an error.
func lexCode(query string) (string, error) {
	q, err := decodeUnicodeEscapes(query)
	if err != nil {
		return "", err
	}
	code, err := stripLiterals(q)
	if err != nil {
		return "", err
	}
	code = strings.Map(func(r rune) rune {
		if isSeparator(r) {
			return ' '
		}
		return r
	}, code)
	return spacedDot.ReplaceAllString(code, "."), nil
}

// isSeparator reports whether r separates words for the lexical check:
// every Unicode white space (the White_Space property, Zs, U+2028/2029),
// every control character (C0, DEL, C1) and every format character
// (U+200B, U+FEFF, U+180E, U+2060, …).
func isSeparator(r rune) bool {
	return unicode.IsSpace(r) || unicode.Is(unicode.White_Space, r) || unicode.Is(unicode.Zs, r) ||
		unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Zl, r) || unicode.Is(unicode.Zp, r) ||
		r == '\u180e' || r == '\u200b' || r == '\ufeff'
}

// decodeUnicodeEscapes decodes \uXXXX escapes as Java source does (and
// Cypher with it): a backslash starts an escape when an even number of
// backslashes precede it, and a decoded backslash starts none. Surrogate
// pairs are joined. A \u without four hex digits is an error, as it is to
// Cypher.
func decodeUnicodeEscapes(q string) (string, error) {
	if !strings.Contains(q, `\u`) {
		return q, nil
	}
	var units []uint16
	var b strings.Builder
	flush := func() {
		if len(units) > 0 {
			b.WriteString(string(utf16.Decode(units)))
			units = units[:0]
		}
	}
	backslashes := 0 // raw backslashes just before i
	for i := 0; i < len(q); {
		c := q[i]
		if c == '\\' && backslashes%2 == 0 && i+1 < len(q) && q[i+1] == 'u' {
			if i+6 > len(q) || !isHex(q[i+2:i+6]) {
				return "", fmt.Errorf("has a \\u escape without four hex digits at byte %d", i)
			}
			var v uint16
			for _, h := range q[i+2 : i+6] {
				v = v<<4 | uint16(hexVal(byte(h)))
			}
			units = append(units, v)
			i += 6
			backslashes = 0
			continue
		}
		flush()
		if c == '\\' {
			backslashes++
		} else {
			backslashes = 0
		}
		b.WriteByte(c)
		i++
	}
	flush()
	return b.String(), nil
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		if hexVal(s[i]) < 0 {
			return false
		}
	}
	return true
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// stripLiterals blanks out comments and string literals so that keywords
// inside them neither trip nor hide from the check, and unquotes quoted
// names (a quoted procedure name is checked as the name it quotes). A line
// comment ends at any line break Cypher or a reader might take for one,
// so that code after it is always checked. An unterminated literal or
// comment is an error.
func stripLiterals(q string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(q); {
		c := q[i]
		switch {
		case c == '/' && i+1 < len(q) && q[i+1] == '/':
			end := strings.IndexFunc(q[i:], isLineBreak)
			if end < 0 {
				end = len(q) - i
			}
			i += end
			b.WriteByte(' ')
		case c == '/' && i+1 < len(q) && q[i+1] == '*':
			end := strings.Index(q[i+2:], "*/")
			if end < 0 {
				return "", errors.New("has an unterminated /* comment")
			}
			i += end + 4
			b.WriteByte(' ')
		case c == '\'' || c == '"':
			j := i + 1
			for ; j < len(q) && q[j] != c; j++ {
				if q[j] == '\\' {
					j++
				}
			}
			if j >= len(q) {
				return "", fmt.Errorf("has an unterminated %c string", c)
			}
			b.WriteString(" '' ")
			i = j + 1
		case c == '`':
			// A backtick inside a quoted name is written twice.
			var name strings.Builder
			j := i + 1
			for ; j < len(q); j++ {
				if q[j] == '`' {
					if j+1 < len(q) && q[j+1] == '`' {
						name.WriteByte('`')
						j++
						continue
					}
					break
				}
				name.WriteByte(q[j])
			}
			if j >= len(q) {
				return "", errors.New("has an unterminated ` quoted name")
			}
			b.WriteString(name.String())
			i = j + 1
		default:
			b.WriteByte(c)
			i++
		}
	}
	return b.String(), nil
}

// isLineBreak: \n and \r end a Cypher line comment; the other Unicode
// line and paragraph separators end it here too, which can only make the
// check read more of the query, never less.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', '\u0085', '\u2028', '\u2029':
		return true
	}
	return false
}
