// html-validate's recommended rules, with the one documented exception below.
export default {
  extends: ["html-validate:recommended"],
  rules: {
    // An article's <title> is its source's headline, which the archive never shortens.
    "long-title": "off",
  },
};
