package neo4jlocal_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/parley-dev/parley/graph/graphtest"
)

// The class data sharing archive of tools/neo4j (java.sh): the first
// server writes it when stopped cleanly, the next start maps it, and the
// archive a killed server may have left half-written is never used.
func TestServerClassArchive(t *testing.T) {
	dir := t.TempDir()
	s := graphtest.StartServer(t, "NEO4J_CDS_DIR="+dir)
	if got := archives(t, dir); len(got) != 0 {
		t.Fatalf("archives before the first stop: %v", got)
	}
	if !strings.Contains(cmdline(t, s.PID()), "-XX:ArchiveClassesAtExit="+dir) {
		t.Fatalf("the first server does not write an archive at exit: %s", cmdline(t, s.PID()))
	}
	s.Script("stop.sh")
	got := archives(t, dir)
	if len(got) != 1 || !strings.HasPrefix(filepath.Base(got[0]), "server-") {
		t.Fatalf("after a clean stop the archives are %v, want one server archive and nothing pending", got)
	}
	if fi, err := os.Stat(got[0]); err != nil || fi.Size() < 1<<20 {
		t.Fatalf("the archive %s: %v, %v bytes", got[0], err, fi)
	}
	s.Script("start.sh")
	if c := cmdline(t, s.PID()); !strings.Contains(c, "-XX:SharedArchiveFile="+got[0]) {
		t.Fatalf("the second start does not map %s: %s", got[0], c)
	}
}

func TestKilledServerLeavesNoArchive(t *testing.T) {
	dir := t.TempDir()
	s := graphtest.StartServer(t, "NEO4J_CDS_DIR="+dir)
	// What a JVM killed while writing its archive leaves: a file at the
	// pending name.
	c := cmdline(t, s.PID())
	_, pending, ok := strings.Cut(c, "-XX:ArchiveClassesAtExit=")
	if !ok {
		t.Fatalf("the first server does not write an archive at exit: %s", c)
	}
	pending, _, _ = strings.Cut(pending, " ")
	if err := os.WriteFile(pending, []byte("half an archive"), 0o644); err != nil {
		t.Fatal(err)
	}
	pid := s.PID()
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 100 && syscall.Kill(pid, 0) == nil && !zombie(pid); i++ {
		time.Sleep(100 * time.Millisecond)
	}
	s.Script("stop.sh")
	if got := archives(t, dir); len(got) != 0 {
		t.Fatalf("after a killed server the archives are %v, want none", got)
	}
}

// archives lists the archive directory (kept and pending archives).
func archives(t *testing.T, dir string) []string {
	t.Helper()
	got, err := filepath.Glob(filepath.Join(dir, "*.jsa*"))
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func cmdline(t *testing.T, pid int) string {
	t.Helper()
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/cmdline")
	if err != nil {
		t.Fatalf("the server's command line: %v", err)
	}
	return strings.ReplaceAll(string(b), "\x00", " ")
}

func zombie(pid int) bool {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	return err == nil && strings.Contains(string(b), ") Z ")
}
