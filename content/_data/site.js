// The site's settings, in one place. The build's SITE_URL, when set, overrides `url` (the deployed address).
export default {
  title: "Broadsheet",
  description: "An archive of news articles, each kept as its source published it.",
  url: "http://localhost:8080/",
  language: "en",
};
