// The peer a user would pick instead of Broadsheet: Hugo rendering the same articles with the same
// taxonomies (source, section, people, organisations, places) and lists of 50 a page, then
// Pagefind indexing its output, as our build indexes ours.
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import matter from "gray-matter";
import { pagefind } from "../stages/search-index.ts";
import type { Figures } from "./figures.ts";
import { hugoArguments, hugoCommand, hugoProject } from "./hugo.ts";
import { measure } from "./process-tree.ts";

const config = `baseURL = "http://localhost/"
languageCode = "en"
title = "Archive"
disableKinds = ["RSS", "robotsTXT", "404"]
buildFuture = true
buildExpired = true
buildDrafts = true
paginate = 50

[taxonomies]
  source = "sources"
  section = "sections"
  person = "people"
  organization = "organizations"
  place = "places"
`;

const pager = `{{ with .Paginator }}<nav>{{ if .HasPrev }}<a href="{{ .Prev.URL }}">Newer</a>{{ end }} {{ .PageNumber }} of {{ .TotalPages }} {{ if .HasNext }}<a href="{{ .Next.URL }}">Older</a>{{ end }}</nav>{{ end }}`;
const item = `<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ with .Params.source }}{{ . }}{{ end }} {{ if not .PublishDate.IsZero }}{{ .PublishDate.Format "2006-01-02" }}{{ end }}<p>{{ .Description }}</p></li>`;

// An article's page: headline, meta line, body and its topics, marked for Pagefind as ours is.
const layouts: Record<string, string> = {
  "_default/baseof.html": `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>{{ block "main" . }}{{ end }}</body></html>
`,
  "_default/single.html": `{{ define "main" }}<article data-pagefind-body><h1>{{ .Title }}</h1>
<p>{{ with .Params.source }}{{ . }}{{ end }} {{ with .Params.section }}{{ . }}{{ end }} {{ if not .PublishDate.IsZero }}<time datetime="{{ .PublishDate.Format "2006-01-02" }}">{{ .PublishDate.Format "2006-01-02" }}</time>{{ end }}</p>
{{ .Content }}
{{ range $taxonomy, $_ := .Site.Taxonomies }}{{ with $.GetTerms $taxonomy }}<ul>{{ range . }}<li><a href="{{ .RelPermalink }}" data-pagefind-filter="{{ $taxonomy }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>{{ end }}{{ end }}
</article>{{ end }}
`,
  "_default/list.html": `{{ define "main" }}<h1>{{ .Title }}</h1><ol>{{ range .Paginator.Pages }}${item}{{ end }}</ol>${pager}{{ end }}
`,
  "_default/terms.html": `{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}
`,
  "index.html": `{{ define "main" }}<h1>{{ .Site.Title }}</h1><ol>{{ range (.Paginate .Site.RegularPages).Pages }}${item}{{ end }}</ol>${pager}{{ end }}
`,
};

const names = (topics: unknown) => (Array.isArray(topics) ? topics.map((topic: { name: string }) => topic.name) : []);

/**
 * A Hugo site in a temporary folder whose content is the converter's articles (copied, not timed),
 * each with its source, section and topics as taxonomy terms, the list of names Hugo takes.
 */
export async function peerSite(articles: string): Promise<string> {
  const site = await hugoProject("peer", config, layouts);
  const content = join(site, "content/articles");
  await mkdir(content, { recursive: true });
  for (const name of (await readdir(articles)).filter((file) => file.endsWith(".md"))) {
    const { data, content: body } = matter(await readFile(join(articles, name), "utf8"), {});
    const terms = {
      sources: data.source ? [data.source] : [],
      sections: data.section ? [data.section] : [],
      people: names(data.people),
      organizations: names(data.organizations),
      places: names(data.places),
    };
    const front = { title: data.title, description: data.description, date: data.published, source: data.source, section: data.section, ...terms };
    await writeFile(join(content, name), matter.stringify(body, JSON.parse(JSON.stringify(front))));
  }
  return site;
}

/** Hugo renders the site into `output`, then Pagefind indexes it there: the peer's full build, its figures summed. */
export async function peerBuild(site: string, output: string): Promise<Figures> {
  const hugo = await measure(hugoCommand, hugoArguments(site, output));
  const index = await measure(pagefind, ["--site", output]);
  return { wallMs: hugo.wallMs + index.wallMs, cpuMs: hugo.cpuMs + index.cpuMs, peakRssBytes: Math.max(hugo.peakRssBytes, index.peakRssBytes) };
}
