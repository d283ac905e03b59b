// Package errorkinds holds errorkinds.py, which counts an extraction's
// role and met-pair errors by kind (README, "Extraction"); this test runs
// it on a hand-made gold and prediction where each kind occurs a known
// number of times.
package errorkinds

import (
	"os/exec"
	"strings"
	"testing"
)

func TestErrorKinds(t *testing.T) {
	out, err := exec.Command("python3", "errorkinds.py", "testdata/gold", "testdata/pred").CombinedOutput()
	if err != nil {
		t.Fatalf("errorkinds.py: %v\n%s", err, out)
	}
	want := []string{
		"1  missed / mediator / actor found, role not read",
		"1  missed / mediator / actor not found",
		"1  missed / party / the other role given",
		"2  wrong / party / gold has no negotiation",
		"1  wrong / mediator / the other role in gold",
		"1  wrong / party / not an actor of the gold",
		"2  missed / a participant not found",
		"1  missed / met in a meeting not read as held",
		"2  wrong / someone the gold does not list",
		"1  wrong / two gold actors who did not meet",
	}
	var got []string
	for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if l = strings.TrimSpace(l); l != "roles" && l != "met pairs" {
			got = append(got, l)
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("errorkinds.py said\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// The halves are score.py's: a name whose SHA-1's second hex digit is
	// 0-7 is in the build half ("talks": b1…, "state-visit": 58…).
	for half, want := range map[string]string{"build": "talks", "check": "state-visit"} {
		out, err := exec.Command("python3", "errorkinds.py", "testdata/gold", "testdata/pred", half).CombinedOutput()
		if err != nil {
			t.Fatalf("errorkinds.py %s: %v\n%s", half, err, out)
		}
		visit := strings.Contains(string(out), "gold has no negotiation")
		if visit != (want == "state-visit") {
			t.Errorf("half %s: the visit's errors counted = %v, want it only in the check half\n%s", half, visit, out)
		}
	}
}
