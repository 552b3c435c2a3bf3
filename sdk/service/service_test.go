package service

import "testing"

func TestLocatorFromArgs(t *testing.T) {
	tests := []struct {
		name string
		args []string
		env  string
		want string
	}{
		{"flag", []string{"--uuid", "u", "--locator", "10.0.0.1:10053"}, "", "10.0.0.1:10053"},
		{"flag with equals and a list", []string{"--locator=10.0.0.2:1,10.0.0.3:2"}, "", "10.0.0.2:1"},
		{"environment", nil, "10.0.0.4:5", "10.0.0.4:5"},
		{"default", nil, "", DefaultLocator},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("SONM_LOCATOR", tt.env)
			if got := LocatorFromArgs(tt.args); got != tt.want {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}
