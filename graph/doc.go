// Package graph holds Parley's domain: the record an article is turned into
// (actors, their posts, negotiations, meetings, each tied to its source and
// evidence sentence), the rules that give every node a stable id, and the
// shapes the read side returns. It imports no database driver; the Neo4j store
// that persists and queries these types lives in graph/store, the one package
// that speaks Cypher.
package graph
