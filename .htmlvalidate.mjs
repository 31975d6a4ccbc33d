// html-validate's recommended rules, with the documented exceptions below.
/** @type {import("html-validate").ConfigData} */
export default {
  extends: ["html-validate:recommended"],
  rules: {
    // An article's <title> is its source's headline, which the archive never shortens.
    "long-title": "off",
    // With --pathprefix, Eleventy's base plugin re-serialises every page and writes boolean and
    // empty attributes as `readonly=""`; the layouts write them so too, so all builds are alike.
    "attribute-boolean-style": ["error", { style: "empty" }],
    "attribute-empty-style": ["error", { style: "empty" }],
  },
};
