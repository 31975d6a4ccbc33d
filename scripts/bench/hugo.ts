// Hugo rendering the converter's Markdown with a minimal layout: the speed a static generator can reach on the same input.
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

export const hugoCommand = "hugo";

/** Hugo's version, e.g. `v0.111.3`, or null when it is not installed. */
export async function hugoVersion(): Promise<string | null> {
  try {
    const { stdout } = await promisify(execFile)(hugoCommand, ["version"]);
    return /v\d+\.\d+\.\d+/.exec(stdout)?.[0] ?? stdout.trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

// Every article is rendered whatever its dates say: Hugo reads our `published` as a publish date
// and by default leaves out pages dated in the future. Kinds our site has no equivalent of are off.
const config = `baseURL = "http://localhost/"
languageCode = "en"
title = "Archive"
disableKinds = ["taxonomy", "term", "section", "RSS", "sitemap", "robotsTXT", "404"]
buildFuture = true
buildExpired = true
buildDrafts = true
`;

// Title, date and body, as our article layout shows them; the home page lists every article.
// Our front matter says `layout: article.njk`, which Hugo has no template for, so it uses single.html.
const layouts: Record<string, string> = {
  "_default/baseof.html": `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>{{ block "main" . }}{{ end }}</body></html>
`,
  "_default/single.html": `{{ define "main" }}<article><h1>{{ .Title }}</h1>
{{ if not .PublishDate.IsZero }}<p><time datetime="{{ .PublishDate.Format "2006-01-02" }}">{{ .PublishDate.Format "2006-01-02" }}</time></p>{{ end }}
{{ .Content }}</article>{{ end }}
`,
  "_default/list.html": `{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
`,
  "index.html": `{{ define "main" }}<h1>{{ .Site.Title }}</h1>
<ul>{{ range .Site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ if not .PublishDate.IsZero }}{{ .PublishDate.Format "2006-01-02" }}{{ end }}</li>{{ end }}</ul>{{ end }}
`,
};

/** A Hugo project in a temporary folder (`broadsheet-<name>-…`) with this configuration and these layouts, and no content yet. */
export async function hugoProject(name: string, configuration: string, templates: Record<string, string>): Promise<string> {
  const site = await mkdtemp(join(tmpdir(), `broadsheet-${name}-`));
  await writeFile(join(site, "hugo.toml"), configuration);
  for (const [path, text] of Object.entries(templates)) {
    await mkdir(join(site, "layouts", path, ".."), { recursive: true });
    await writeFile(join(site, "layouts", path), text);
  }
  return site;
}

/** A Hugo site in a temporary folder whose content is a copy of `articles` (not timed), as `content/articles/`. */
export async function hugoSite(articles: string): Promise<string> {
  const site = await hugoProject("hugo", config, layouts);
  await cp(articles, join(site, "content/articles"), { recursive: true });
  return site;
}

export const hugoArguments = (site: string, output: string) => ["--source", site, "--destination", output, "--quiet", "--ignoreCache"];
