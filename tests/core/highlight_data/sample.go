// Package crawler fetches pages concurrently and summarises them.
//
// Line comments, /* block comments */ and `raw strings` are used below.
package main

import (
    "context"
    "errors"
    "fmt"
    "os"
    "regexp"
    "sort"
    "strings"
    "sync"
    "text/template"
    "time"
)

/*
Block comment spanning lines. Backticks ` and "quotes" inside
a comment are not string delimiters.
*/

const reportTemplate = `Crawl report
============
Started:  {{.Started.Format "2006-01-02 15:04:05"}}
Duration: {{.Duration}}

{{range $i, $p := .Pages -}}
{{printf "%3d" $i}}. {{$p.URL}} -> {{$p.Status}} ({{len $p.Links}} links)
{{end -}}
Note: backslashes are literal here: C:\temp\n is not a newline.
`

const usage = "usage: crawler [-depth N] <url>...\n\t\"quoted\" and \u00e9 escapes"

var (
    linkPattern  = regexp.MustCompile(`href="(https?://[^"#]+)(?:#[^"]*)?"`)
    titlePattern = regexp.MustCompile(`(?is)<title>\s*(.*?)\s*</title>`)
    errTooDeep   = errors.New("maximum depth reached")
    runeSamples  = []rune{'a', '\n', '\'', '\x41', '\u00e9', '世'}
)

// Page is the result of fetching one URL.
type Page struct {
    URL     string        `json:"url"`
    Title   string        `json:"title,omitempty"`
    Status  int           `json:"status"`
    Links   []string      `json:"links"`
    Elapsed time.Duration `json:"elapsed_ns"`
    Err     error         `json:"-"`
}

// Fetcher abstracts the network so the crawler can be tested.
type Fetcher interface {
    Fetch(ctx context.Context, url string) (body string, status int, err error)
}

type fakeFetcher map[string]struct {
    body   string
    status int
}

func (f fakeFetcher) Fetch(ctx context.Context, url string) (string, int, error) {
    select {
    case <-ctx.Done():
        return "", 0, ctx.Err()
    case <-time.After(5 * time.Millisecond):
    }
    if res, ok := f[url]; ok {
        return res.body, res.status, nil
    }
    return "", 404, fmt.Errorf("not found: %q", url)
}

// Crawler holds shared state guarded by a mutex.
type Crawler struct {
    fetcher  Fetcher
    maxDepth int

    mu      sync.Mutex
    visited map[string]bool
    pages   []Page
}

func NewCrawler(f Fetcher, depth int) *Crawler {
    return &Crawler{fetcher: f, maxDepth: depth, visited: make(map[string]bool)}
}

func (c *Crawler) markVisited(url string) bool {
    c.mu.Lock()
    defer c.mu.Unlock()
    if c.visited[url] {
        return false
    }
    c.visited[url] = true
    return true
}

func (c *Crawler) crawl(ctx context.Context, url string, depth int, wg *sync.WaitGroup) {
    defer wg.Done()
    if depth > c.maxDepth {
        return
    }
    if !c.markVisited(url) {
        return
    }

    start := time.Now()
    body, status, err := c.fetcher.Fetch(ctx, url)
    page := Page{URL: url, Status: status, Elapsed: time.Since(start), Err: err}
    if m := titlePattern.FindStringSubmatch(body); len(m) > 1 {
        page.Title = m[1]
    }
    for _, m := range linkPattern.FindAllStringSubmatch(body, -1) {
        page.Links = append(page.Links, m[1])
    }

    c.mu.Lock()
    c.pages = append(c.pages, page)
    c.mu.Unlock()

    for _, link := range page.Links {
        wg.Add(1)
        go c.crawl(ctx, link, depth+1, wg)
    }
}

// Run crawls from every seed and returns pages sorted by URL.
func (c *Crawler) Run(ctx context.Context, seeds ...string) []Page {
    var wg sync.WaitGroup
    for _, seed := range seeds {
        wg.Add(1)
        go c.crawl(ctx, seed, 0, &wg)
    }

    done := make(chan struct{})
    go func() {
        wg.Wait()
        close(done)
    }()

    select {
    case <-done:
    case <-ctx.Done():
        fmt.Fprintln(os.Stderr, "crawl cancelled:", ctx.Err())
    }

    c.mu.Lock()
    defer c.mu.Unlock()
    out := make([]Page, len(c.pages))
    copy(out, c.pages)
    sort.Slice(out, func(i, j int) bool { return out[i].URL < out[j].URL })
    return out
}

// Map is a small generic helper.
func Map[T, U any](items []T, fn func(T) U) []U {
    result := make([]U, 0, len(items))
    for _, item := range items {
        result = append(result, fn(item))
    }
    return result
}

type Number interface {
    ~int | ~int64 | ~float64
}

func Sum[N Number](values ...N) (total N) {
    for _, v := range values {
        total += v
    }
    return
}

func main() {
    site := fakeFetcher{
        "https://example.invalid/": {
            body: `<html><head><title>Home</title></head>
<body>
  <a href="https://example.invalid/about">About</a>
  <a href="https://example.invalid/blog#latest">Blog</a>
</body></html>`,
            status: 200,
        },
        "https://example.invalid/about": {
            body:   "<title>About us</title><a href=\"https://example.invalid/\">home</a>",
            status: 200,
        },
    }

    ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
    defer cancel()

    crawler := NewCrawler(site, 2)
    started := time.Now()
    pages := crawler.Run(ctx, "https://example.invalid/")

    tmpl := template.Must(template.New("report").Parse(reportTemplate))
    data := struct {
        Started  time.Time
        Duration time.Duration
        Pages    []Page
    }{started, time.Since(started).Round(time.Millisecond), pages}
    if err := tmpl.Execute(os.Stdout, data); err != nil {
        fmt.Fprintf(os.Stderr, "template error: %v\n", err)
        os.Exit(1)
    }

    titles := Map(pages, func(p Page) string { return strings.ToUpper(p.Title) })
    elapsed := Sum(Map(pages, func(p Page) int64 { return int64(p.Elapsed) })...)
    fmt.Printf("titles=%q total=%v runes=%q\n", titles, time.Duration(elapsed), runeSamples)

    results := make(chan int, 3)
    for i := range 3 {
        go func(n int) { results <- n * n }(i)
    }
    squares := []int{<-results, <-results, <-results}
    sort.Ints(squares)
    fmt.Println(squares, Sum(1.5, 2.25), 0x1F, 0o17, 0b1010, 1_000_000, 3i, errTooDeep)

    if len(os.Args) < 2 {
        fmt.Fprintln(os.Stderr, usage)
    }
}
