package fonts

import (
	"os"
	"path/filepath"
	"runtime"
)

// SystemDirs returns the directories where fonts are installed on this
// operating system, user directories included, in search order.
func SystemDirs() []string {
	home, _ := os.UserHomeDir()
	var dirs []string
	switch runtime.GOOS {
	case "windows":
		win := os.Getenv("WINDIR")
		if win == "" {
			win = `C:\Windows`
		}
		dirs = append(dirs, filepath.Join(win, "Fonts"))
		if local := os.Getenv("LOCALAPPDATA"); local != "" {
			dirs = append(dirs, filepath.Join(local, "Microsoft", "Windows", "Fonts"))
		}
	case "darwin":
		dirs = append(dirs, "/System/Library/Fonts", "/Library/Fonts")
		if home != "" {
			dirs = append(dirs, filepath.Join(home, "Library", "Fonts"))
		}
	default:
		data := os.Getenv("XDG_DATA_DIRS")
		if data == "" {
			data = "/usr/local/share:/usr/share"
		}
		for _, d := range filepath.SplitList(data) {
			dirs = append(dirs, filepath.Join(d, "fonts"))
		}
		if home != "" {
			xdg := os.Getenv("XDG_DATA_HOME")
			if xdg == "" {
				xdg = filepath.Join(home, ".local", "share")
			}
			dirs = append(dirs, filepath.Join(xdg, "fonts"), filepath.Join(home, ".fonts"))
		}
	}
	return dirs
}
