package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The process tests run the real binary: built once per test run into a
// temporary folder that TestMain removes.
var (
	binOnce sync.Once
	binPath string
	binErr  error
	binDir  string
)

func TestMain(m *testing.M) {
	if out := os.Getenv(launchEnv); out != "" {
		os.Exit(launch(out, os.Args[1:]))
	}
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// launchEnv makes the test binary a launcher: it runs the command line it
// is given and writes the peak memory of that process to the named file.
//
// A process started straight from the test process would report the test
// process's peak as its own: Linux carries the peak resident memory over an
// exec, and os/exec starts children sharing the parent's memory until they
// exec. The launcher is small, so the command it starts reports its own peak.
const launchEnv = "QUOTEGRAPH_TEST_LAUNCH"

func launch(out string, args []string) int {
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	cmd.Env = os.Environ()
	err := cmd.Run()
	if cmd.ProcessState == nil {
		fmt.Fprintln(os.Stderr, "launch:", err)
		return 125
	}
	var rss int64
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rss = ru.Maxrss * 1024 // kilobytes on Linux
	}
	if err := os.WriteFile(out, []byte(fmt.Sprint(rss)), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "launch:", err)
		return 125
	}
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return 128 + int(ws.Signal())
	}
	return cmd.ProcessState.ExitCode()
}

// binary builds cmd/quotegraph (without -race: these tests are about the
// process, and a race build is several times slower).
func binary(t *testing.T) string {
	t.Helper()
	binOnce.Do(func() {
		binDir, binErr = os.MkdirTemp("", "quotegraph-bin-")
		if binErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "quotegraph")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// proc is a finished run of the binary.
type proc struct {
	code           int
	signal         syscall.Signal // the signal that ended it, 0 if it exited
	stdout, stderr string
	maxRSS         int64 // peak resident memory, bytes (runBin only)
	elapsed        time.Duration
}

// start starts the binary with args; stdin is empty.
func start(t *testing.T, args ...string) (*exec.Cmd, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(binary(t), args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	cmd.Env = append(os.Environ(), "QUOTEGRAPH_STORE=") // never the default store
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, &out, &errb
}

// wait waits for a started binary and says how it ended.
func wait(t *testing.T, cmd *exec.Cmd, out, errb *bytes.Buffer, began time.Time) proc {
	t.Helper()
	err := cmd.Wait()
	p := proc{code: cmd.ProcessState.ExitCode(), stdout: out.String(), stderr: errb.String(), elapsed: time.Since(began)}
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		p.signal = ws.Signal()
	}
	if err != nil && p.code < 0 && p.signal == 0 {
		t.Fatalf("%v: %v", cmd.Args, err)
	}
	return p
}

// runBin runs the binary to its end, through the launcher, which measures
// its peak memory.
func runBin(t *testing.T, args ...string) proc {
	t.Helper()
	return runBinInput(t, "", args...)
}

// runBinInput is runBin with stdin.
func runBinInput(t *testing.T, stdin string, args ...string) proc {
	t.Helper()
	bin := binary(t)
	rssFile := filepath.Join(t.TempDir(), "rss")
	cmd := exec.Command(os.Args[0], append([]string{bin}, args...)...)
	var out, errb bytes.Buffer
	cmd.Stdin, cmd.Stdout, cmd.Stderr = strings.NewReader(stdin), &out, &errb
	cmd.Env = append(os.Environ(), "QUOTEGRAPH_STORE=", launchEnv+"="+rssFile)
	began := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := wait(t, cmd, &out, &errb, began)
	if p.code == 125 {
		t.Fatalf("launching %v:\n%s", args, p.stderr)
	}
	if p.code > 128 {
		p.code, p.signal = -1, syscall.Signal(p.code-128)
	}
	data, err := os.ReadFile(rssFile)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Sscan(string(data), &p.maxRSS)
	return p
}

// exportSorted is the store's N-Quads export, lines sorted.
func exportSorted(t *testing.T, store string) string {
	t.Helper()
	p := runBin(t, "export", "--store", store, "--format", "nquads")
	if p.code != 0 {
		t.Fatalf("export %s: status %d\n%s", store, p.code, p.stderr)
	}
	return sortedLines(p.stdout)
}

// byLabel groups export lines by their graph label: one group per article.
func byLabel(export string) map[string][]string {
	out := map[string][]string{}
	for _, l := range strings.Split(export, "\n") {
		l = strings.TrimSuffix(strings.TrimSpace(l), " .")
		if l == "" {
			continue
		}
		i := strings.LastIndex(l, " <")
		if i < 0 {
			out[""] = append(out[""], l)
			continue
		}
		out[l[i+1:]] = append(out[l[i+1:]], l)
	}
	for _, ls := range out {
		sort.Strings(ls)
	}
	return out
}

// corpus writes n articles, made up for these tests from a template with
// varied speakers, outlets, topics and quotes, and returns their folder.
// Later articles name some speakers by surname alone, as articles do, so
// that what is stored depends on what was stored before.
func corpus(t *testing.T, dir string, n int) string {
	t.Helper()
	first := []string{"Ana", "Bruno", "Chen", "Dara", "Emeka", "Farah", "Goran", "Hana", "Ines", "Jonas", "Kofi", "Lena", "Mateo", "Nadia", "Oskar", "Priya"}
	last := []string{"Lima", "Okafor", "Wei", "Sato", "Novak", "Haddad", "Berg", "Moreau", "Silva", "Kowalski", "Mensah", "Ibarra", "Larsen", "Qureshi", "Varga", "Dunne"}
	roles := []string{"Environment Minister", "Trade Minister", "central bank governor", "union leader", "Foreign Ministry spokesman", "opposition leader"}
	outlets := []string{"Reuters", "Daily Planet", "The Courier", "Morning Ledger"}
	cities := []string{"GENEVA", "LAGOS", "OSLO", "LIMA", "SEOUL", "WARSAW"}
	topics := []string{"water standards", "tariffs on steel", "cyberattacks", "interest rates", "fishing quotas", "rail strikes", "vaccine supplies", "carbon taxes"}
	verbs := []string{"said", "told reporters", "said in a statement", "added"}
	dir = filepath.Join(dir, "corpus")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(42))
	pick := func(xs []string) string { return xs[rng.Intn(len(xs))] }
	for i := 0; i < n; i++ {
		a := pick(first) + " " + pick(last)
		b := pick(first) + " " + pick(last)
		for b == a {
			b = pick(first) + " " + pick(last)
		}
		topic, other := pick(topics), pick(topics)
		surnameA, surnameB := a[strings.IndexByte(a, ' ')+1:], b[strings.IndexByte(b, ' ')+1:]
		if i%5 == 4 {
			a = surnameA // named by one word only
		}
		var s strings.Builder
		fmt.Fprintf(&s, "Talks on %s resume in %s (report %d)\n\n", topic, strings.Title(strings.ToLower(pick(cities))), i)
		fmt.Fprintf(&s, "By %s %s\n\n", pick(first), pick(last))
		fmt.Fprintf(&s, "%s, March %d (%s) - %s %s said on Tuesday that the government would review its policy on %s before the end of the year.\n",
			pick(cities), 1+i%28, pick(outlets), pick(roles), a, topic)
		fmt.Fprintf(&s, "\"We will not accept any delay on %s, and we expect a decision within %d weeks,\" %s %s.\n", topic, 2+i%9, surnameA, pick(verbs))
		fmt.Fprintf(&s, "%s, the %s, said the plan on %s ignored the costs of %s for households.\n", b, pick(roles), topic, other)
		fmt.Fprintf(&s, "\"This is the wrong answer to %s, and voters know it,\" %s said. \"Case %d shows why.\"\n", other, surnameB, i)
		fmt.Fprintf(&s, "Officials from both sides are due to meet again on %s next month, according to a source briefed on the talks.\n", other)
		name := filepath.Join(dir, fmt.Sprintf("%04d.txt", i))
		if err := os.WriteFile(name, []byte(s.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// watched is a running `ingest -v`, whose progress lines ("[done/total]
// path") tell how far it is.
type watched struct {
	cmd    *exec.Cmd
	began  time.Time
	out    bytes.Buffer
	mu     sync.Mutex
	stderr bytes.Buffer
	done   int
	moved  chan struct{} // a token after each progress line
	ended  chan struct{} // closed when stderr is closed
}

var reProgress = regexp.MustCompile(`^\[(\d+)/\d+\] `)

// startIngest starts `ingest -v` with args.
func startIngest(t *testing.T, args ...string) *watched {
	t.Helper()
	w := &watched{moved: make(chan struct{}, 1), ended: make(chan struct{})}
	w.cmd = exec.Command(binary(t), append([]string{"ingest", "-v"}, args...)...)
	w.cmd.Stdout = &w.out
	w.cmd.Env = append(os.Environ(), "QUOTEGRAPH_STORE=")
	pipe, err := w.cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	w.began = time.Now()
	if err := w.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		defer close(w.ended)
		br := bufio.NewReader(pipe)
		for {
			line, err := br.ReadString('\n')
			w.mu.Lock()
			w.stderr.WriteString(line)
			if m := reProgress.FindStringSubmatch(line); m != nil {
				w.done, _ = strconv.Atoi(m[1])
			}
			w.mu.Unlock()
			select {
			case w.moved <- struct{}{}:
			default:
			}
			if err != nil {
				if err != io.EOF {
					w.stderr.WriteString(err.Error())
				}
				return
			}
		}
	}()
	return w
}

// reach waits until k files are done; false when the run ended first.
func (w *watched) reach(k int) bool {
	for {
		w.mu.Lock()
		done := w.done
		w.mu.Unlock()
		if done >= k {
			return true
		}
		select {
		case <-w.moved:
		case <-w.ended:
			return false
		}
	}
}

// wait waits for the run's end.
func (w *watched) wait(t *testing.T) proc {
	t.Helper()
	<-w.ended
	var out bytes.Buffer
	p := wait(t, w.cmd, &w.out, &out, w.began)
	w.mu.Lock()
	p.stderr = w.stderr.String()
	w.mu.Unlock()
	return p
}
