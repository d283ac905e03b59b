package store

import (
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/db"

	"github.com/parley-dev/parley/graph"
)

// The console's plan check (layer 2, the one the guarantee rests on): the
// query is EXPLAINed and every operator of the plan Neo4j would run must
// be a read on the configured database; every procedure it calls must be
// on readOnlyProcedures and every namespaced function on
// allowedFunctionSpaces. What Neo4j plans is what it runs, however the
// query was spelled.

// readOperators are the operators a read plans to (Neo4j 2026.x, Cypher 5
// and 25), by name without the "(All)"-style variant and "@database"
// suffix. Anything else (LoadCSV, Create, Merge, Set*, Delete, Foreach,
// SubqueryForeach, Transaction*, Show*/Terminate* other than the schema
// listings, AdministrationCommand, CreateIndex, Remote, RunQueryAt, …) is
// refused.
var readOperators = setOf(
	// The result, projections, filters.
	"ProduceResults", "EmptyResult", "Projection", "Filter", "CacheProperties", "Eager", "Argument", "EmptyRow",
	// Leaves that read nodes and relationships.
	"AllNodesScan", "NodeByLabelScan", "UnionNodeByLabelsScan", "IntersectionNodeByLabelsScan", "SubtractionNodeByLabelsScan",
	"NodeByIdSeek", "NodeByElementIdSeek", "DirectedRelationshipByIdSeek", "UndirectedRelationshipByIdSeek",
	"DirectedRelationshipByElementIdSeek", "UndirectedRelationshipByElementIdSeek",
	"DirectedAllRelationshipsScan", "UndirectedAllRelationshipsScan", "DirectedRelationshipTypeScan", "UndirectedRelationshipTypeScan",
	"NodeCountFromCountStore", "RelationshipCountFromCountStore", "MultiNodeIndexSeek",
	"PartitionedAllNodesScan", "PartitionedNodeByLabelScan", "PartitionedNodeIndexScan", "PartitionedNodeIndexSeek",
	"PartitionedUnionNodeByLabelsScan", "PartitionedIntersectionNodeByLabelsScan", "PartitionedSubtractionNodeByLabelsScan",
	"PartitionedDirectedAllRelationshipsScan", "PartitionedUndirectedAllRelationshipsScan",
	"PartitionedDirectedRelationshipTypeScan", "PartitionedUndirectedRelationshipTypeScan",
	"NodeFulltextIndexSearch", "NodeVectorIndexSearch",
	// Traversals and paths.
	"Expand", "OptionalExpand", "VarLengthExpand", "ShortestPath", "StatefulShortestPath", "Repeat", "BidirectionalRepeat",
	"ProjectEndpoints", "TriadicSelection", "TriadicBuild", "TriadicFilter",
	// Rows: order, limits, aggregation, lists.
	"Limit", "ExhaustiveLimit", "Skip", "Sort", "PartialSort", "Top", "PartialTop", "Distinct", "OrderedDistinct",
	"EagerAggregation", "OrderedAggregation", "Unwind", "PartitionedUnwind", "Optional",
	// Joins, unions, subqueries that return rows (their children are checked too).
	"Apply", "SemiApply", "AntiSemiApply", "LetSemiApply", "LetAntiSemiApply", "SelectOrSemiApply", "SelectOrAntiSemiApply",
	"LetSelectOrSemiApply", "LetSelectOrAntiSemiApply", "RollUpApply", "CartesianProduct", "Anti",
	"NodeHashJoin", "NodeLeftOuterHashJoin", "NodeRightOuterHashJoin", "ValueHashJoin", "Union", "OrderedUnion",
	// Procedures: each call is checked against readOnlyProcedures.
	"ProcedureCall",
	// The schema listings (as db.* procedures once were).
	"ShowIndexes", "ShowConstraints",
)

// indexRead matches the index seeks and scans, whose names Neo4j composes
// (NodeUniqueIndexSeek, DirectedRelationshipIndexSeekByRange,
// NodeIndexContainsScan, …).
var indexRead = regexp.MustCompile(`^(Partitioned)?(Node|DirectedRelationship|UndirectedRelationship)(Unique)?Index(Seek|SeekByRange|Scan|ContainsScan|EndsWithScan)$`)

// allowedFunctionSpaces are the namespaces of the namespaced functions a
// query may call: temporal, spatial and vector arithmetic. Plain names are
// Cypher's built-ins (Neo4j refuses user functions outside a namespace);
// graph.*, db.*, apoc.*, genai.* and any plugin's are refused.
var allowedFunctionSpaces = []string{
	"date.", "datetime.", "localdatetime.", "localtime.", "time.", "duration.", "point.", "vector.similarity.",
}

// namespacedCall finds calls to qualified names in an operator's details
// (Neo4j prints them canonically, db.createLabel whatever the spelling).
var namespacedCall = regexp.MustCompile(`([\p{L}_][\p{L}\p{N}_]*(?:\s*\.\s*[\p{L}_][\p{L}\p{N}_]*)+)\s*\(`)

func setOf(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// planOp is one operator of an EXPLAIN plan.
type planOp struct {
	name     string // as Neo4j names it, e.g. "Expand(All)"
	database string // the database it runs on
	args     map[string]any
	children []*planOp
}

// planTree copies the driver's plan. neo4j-go-driver v5.28.4's
// Plan.Children() hands back the last child once per child (a range
// variable's address taken; the same bug was fixed for profiles in
// neo4j-go-driver#249), which would hide the left side of every Apply,
// CartesianProduct and Union. So the tree is read from the summary's own
// db.Plan where the driver's type exposes it, and the operator ids are
// checked for completeness either way (checkPlan), so that a plan seen
// only in part is refused rather than passed.
func planTree(p neo4j.Plan) *planOp {
	if raw := rawPlan(p); raw != nil {
		return planFromDB(raw)
	}
	op := newPlanOp(p.Operator(), p.Arguments())
	for _, c := range p.Children() {
		op.children = append(op.children, planTree(c))
	}
	return op
}

// rawPlan returns the db.Plan behind the driver's plan value, or nil when
// the driver's type is not the one this was written against.
func rawPlan(p neo4j.Plan) *db.Plan {
	v := reflect.ValueOf(p)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return nil
	}
	f := v.Elem().FieldByName("plan")
	if !f.IsValid() || f.Type() != reflect.TypeFor[*db.Plan]() || f.IsNil() {
		return nil
	}
	return (*db.Plan)(f.UnsafePointer())
}

func planFromDB(p *db.Plan) *planOp {
	op := newPlanOp(p.Operator, p.Arguments)
	for i := range p.Children {
		op.children = append(op.children, planFromDB(&p.Children[i]))
	}
	return op
}

func newPlanOp(operator string, args map[string]any) *planOp {
	name, database, _ := strings.Cut(operator, "@")
	return &planOp{name: name, database: database, args: args}
}

// walk calls fn on every operator, parents first.
func (op *planOp) walk(fn func(*planOp)) {
	fn(op)
	for _, c := range op.children {
		c.walk(fn)
	}
}

// operators lists the operator names of a plan, sorted and distinct.
func (op *planOp) operators() []string {
	seen := map[string]bool{}
	op.walk(func(o *planOp) { seen[o.name] = true })
	out := make([]string, 0, len(seen))
	for n := range seen {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// checkPlan refuses a plan that does anything but read database.
func checkPlan(root *planOp, database string) error {
	if root == nil {
		return graph.Invalid("query", "is refused: Neo4j returned no plan to check")
	}
	var refusal error
	ids := map[int64]bool{}
	count := 0
	root.walk(func(op *planOp) {
		count++
		if id, ok := op.args["Id"].(int64); ok {
			ids[id] = true
		}
		if refusal == nil {
			refusal = checkOperator(op, database)
		}
	})
	if refusal != nil {
		return refusal
	}
	// Ids run from 0 to n-1: a missing one is an operator not seen.
	for id := range int64(count) {
		if !ids[id] {
			return graph.Invalid("query", "is refused: its plan could not be read in full")
		}
	}
	return nil
}

func checkOperator(op *planOp, database string) error {
	if op.database != "" && !strings.EqualFold(op.database, database) {
		return graph.Invalid("query", fmt.Sprintf("is refused: it runs %s on database %q; the console reads %q only", op.name, op.database, database))
	}
	base, _, _ := strings.Cut(op.name, "(")
	if !readOperators[base] && !indexRead.MatchString(base) {
		return graph.Invalid("query", fmt.Sprintf("is refused: its plan holds %s, %s", op.name, operatorWhy(base)))
	}
	details, _ := op.args["Details"].(string)
	if base == "ProcedureCall" {
		name, _, _ := strings.Cut(details, "(")
		name = strings.TrimSpace(name)
		if !readOnlyProcedures[strings.ToLower(name)] {
			return graph.Invalid("query", fmt.Sprintf("calls procedure %s, which is not on the console's read-only list", name))
		}
		// Its arguments are checked below like any expression.
		if _, rest, ok := strings.Cut(details, "("); ok {
			details = rest
		}
	}
	for k, v := range op.args {
		s, ok := v.(string)
		if !ok {
			continue
		}
		if k == "Details" {
			s = details
		}
		if fn := refusedFunction(s); fn != "" {
			return graph.Invalid("query", fmt.Sprintf("calls function %s, which is not on the console's list (temporal, spatial and vector functions)", fn))
		}
	}
	return nil
}

// writeOperators are the operators that write data, named in refusals.
var writeOperators = setOf("Create", "Merge", "LockingMerge", "MergeUniqueNode", "Delete", "DetachDelete",
	"SetProperty", "SetProperties", "SetPropertiesFromMap", "SetNodePropertiesFromMap", "SetRelationshipPropertiesFromMap",
	"SetNodeProperty", "SetRelationshipProperty", "SetDynamicProperty", "SetLabels", "RemoveLabels", "Foreach", "SubqueryForeach")

// operatorWhy says in a few words why an operator is refused.
func operatorWhy(base string) string {
	switch {
	case writeOperators[base]:
		return "which writes"
	case base == "LoadCSV":
		return "which reads a file or URL"
	case strings.HasPrefix(base, "Show"), strings.HasPrefix(base, "Terminate"), base == "AdministrationCommand":
		return "which is administration"
	case strings.HasPrefix(base, "Create"), strings.HasPrefix(base, "Drop"), strings.HasPrefix(base, "Alter"), strings.HasPrefix(base, "DoNothingIfExists"):
		return "which changes the schema or the database"
	case strings.HasPrefix(base, "Transaction"):
		return "which commits transactions of its own"
	case strings.HasPrefix(base, "Remote"), base == "RunQueryAt":
		return "which reaches another database"
	}
	return "which is not a read"
}

// refusedFunction returns the first namespaced function called in s that
// is not allowed, or "".
func refusedFunction(s string) string {
	s = blankQuoted(s)
	for _, m := range namespacedCall.FindAllStringSubmatch(s, -1) {
		name := strings.Join(strings.Fields(m[1]), "")
		if !functionAllowed(name) {
			return name
		}
	}
	return ""
}

func functionAllowed(name string) bool {
	lower := strings.ToLower(name)
	for _, ns := range allowedFunctionSpaces {
		if strings.HasPrefix(lower, ns) && !strings.Contains(lower[len(ns):], ".") {
			return true
		}
	}
	return false
}

// blankQuoted blanks backtick-quoted names (aliases such as
// `count(n)`) and string literals in an operator's details.
func blankQuoted(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		if c != '`' && c != '\'' && c != '"' {
			b.WriteByte(c)
			i++
			continue
		}
		j := i + 1
		for ; j < len(s); j++ {
			if c != '`' && s[j] == '\\' {
				j++
				continue
			}
			if s[j] == c {
				if c == '`' && j+1 < len(s) && s[j+1] == '`' {
					j++
					continue
				}
				break
			}
		}
		b.WriteString(" _ ")
		i = j + 1
	}
	return b.String()
}
