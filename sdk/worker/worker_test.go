package worker

import (
	"strings"
	"testing"
)

func TestParseArgs(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		want    Options
		wantErr string
	}{
		{
			name: "standard flags",
			args: []string{"--uuid", "u1", "--app", "a", "--endpoint", "/tmp/s.sock", "--locator", "127.0.0.1:10053", "--protocol", "1"},
			want: Options{UUID: "u1", App: "a", Endpoint: "/tmp/s.sock", Locator: "127.0.0.1:10053", Protocol: 1},
		},
		{"missing uuid", []string{"--endpoint", "/tmp/s.sock"}, Options{}, "started by `sonm node`"},
		{"wrong protocol", []string{"--uuid", "u", "--endpoint", "e", "--protocol", "2"}, Options{}, "protocol 2"},
		{"unknown flag", []string{"--bogus"}, Options{}, "worker flags"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseArgs(tt.args)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("got %v, want an error containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Fatalf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}
