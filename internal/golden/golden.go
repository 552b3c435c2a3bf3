// Package golden keeps the expected results of table tests in testdata
// files: the cases are read from one JSON file, the results compared with
// another, and `go test -update` rewrites the second after a change that
// is meant. For tests only.
package golden

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// Load reads the JSON array testdata/file into cases.
func Load[C any](t testing.TB, file string) []C {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	var cases []C
	if err := json.Unmarshal(raw, &cases); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return cases
}

// Check compares results, one subtest each named by name, with the JSON
// array in testdata/file; with -update it writes results there first.
func Check[R any](t *testing.T, file string, results []R, name func(R) string) {
	t.Helper()
	path := filepath.Join("testdata", file)
	if *update {
		got, err := json.MarshalIndent(results, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read the golden file (run with -update to create it): %v", err)
	}
	var want []json.RawMessage
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	if len(want) != len(results) {
		t.Errorf("%s holds %d results, the cases give %d (run with -update after a change that is meant)", file, len(want), len(results))
	}
	for i, r := range results {
		t.Run(name(r), func(t *testing.T) {
			got, err := json.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			if i >= len(want) {
				t.Fatalf("got %s, want no such case in %s (run with -update)", got, file)
			}
			var w bytes.Buffer
			if err := json.Compact(&w, want[i]); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, w.Bytes()) {
				t.Fatalf("got %s, want %s", got, w.Bytes())
			}
		})
	}
}
