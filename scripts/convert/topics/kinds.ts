// The kinds of topic, in one place: the name the front matter and addresses use, what readers
// call the kind, and the search facet its topics fill (content/assets/search-state.js lists the
// same facets for the browser; tests/site/search-state.test.ts holds the two equal).
export const topicKinds = ["people", "organizations", "places"] as const;
export type TopicKind = (typeof topicKinds)[number];

/** What readers call each kind of topic. */
export const topicKindNames: Record<TopicKind, string> = { people: "People", organizations: "Organisations", places: "Places" };

/** The search facet each kind's topics fill: one value per topic. */
export const topicFacets: Record<TopicKind, string> = { people: "person", organizations: "organisation", places: "place" };

/** Each kind with its names, in order: what a template lists an article's topics by. */
export const topicKindList = topicKinds.map((kind) => ({ kind, name: topicKindNames[kind], facet: topicFacets[kind] }));
