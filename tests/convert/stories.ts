/**
 * Short news stories for the corpus steps that compare articles: one ferry story to be copied
 * under other headlines, follow-ups on the same subject, and stories about other things.
 */

/**
 * A seed's text, with front matter for the fields given. Copies of a story come from different
 * sources: three seeds of one source that begin alike would lose those lines as its furniture.
 */
export function seedText(headline: string, paragraphs: string[], fields: { date?: string; source?: string } = {}): string {
  const stated = Object.entries(fields).map(([name, value]) => `${name}: ${value}\n`);
  return `${stated.length === 0 ? "" : `---\n${stated.join("")}---\n`}${headline}\n\n${paragraphs.join("\n\n")}`;
}

/** The ferry story, 130 words. */
export const ferryStory = [
  "The Harbour Council approved a new ferry timetable on Tuesday after months of complaints from island commuters about late and cancelled crossings.",
  "Under the plan, the first ferry will leave the mainland pier at 5:45 in the morning, fifteen minutes earlier than now, and an extra evening crossing will run on weekdays until the end of October.",
  "Councillor Ines Haldane, who chairs the transport committee, said the changes answered the most common requests in a survey of more than two thousand passengers.",
  "The ferry operator will hire six more deckhands and lease a second vessel for the summer months, paid for by a small rise in the fare for cars.",
  "Passenger groups welcomed the earlier sailing but said the council should publish punctuality figures every month so that riders can judge whether the new timetable works.",
];

/** A sentence a republisher added to the ferry story. */
export const addedSentence = "The new timetable takes effect on the first Monday of April, and tickets already bought remain valid.";

/** Other stories about the island ferries: the same subject, told in other words. */
export const ferryFollowUps: Array<[headline: string, paragraphs: string[]]> = [
  [
    "Ferry Punctuality Slips Despite New Island Timetable",
    [
      "Island ferries ran late on one crossing in five last month, figures published by the Harbour Council show, weeks after the new timetable began.",
      "Commuters waiting at the mainland pier said the early ferry often left ten minutes behind schedule, and Councillor Ines Haldane promised to question the ferry operator.",
    ],
  ],
  [
    "Ferry Operator Leases Second Vessel for Island Crossings",
    [
      "The ferry operator has signed a lease for a second vessel to carry island commuters across the harbour during the busy summer months.",
      "The Harbour Council said the extra ferry would let crossings continue when the main boat is in dry dock, a gap that stranded passengers on the island last year.",
    ],
  ],
  [
    "Car Fares on Island Ferries Rise to Pay for Deckhands",
    [
      "Drivers taking their cars on the island ferries will pay more from April, after the Harbour Council agreed a rise in vehicle fares.",
      "The ferry operator says the money will pay for new deckhands on each crossing; foot passengers and island commuters with season tickets are not affected.",
    ],
  ],
  [
    "Island Commuters Ask Council for Later Ferry on Fridays",
    [
      "A petition signed by island commuters asks the Harbour Council to add a late ferry crossing on Friday nights, when the last boat leaves the mainland pier before most shifts end.",
      "Councillor Ines Haldane said the transport committee would consider the request alongside the operator's report on the new timetable.",
    ],
  ],
  [
    "Mainland Pier Repairs to Close Ferry Ramp for a Week",
    [
      "Repairs to the mainland pier will close the ferry ramp for a week in May, the Harbour Council said, and crossings will use the old fish quay instead.",
      "Island commuters were told to allow extra time, as the ferry operator expects queues at the temporary landing.",
    ],
  ],
  [
    "Ferry Deckhands Complete Safety Training Before Summer",
    [
      "Six new deckhands hired by the ferry operator have finished their safety training and will join island crossings this month.",
      "The Harbour Council, which subsidises the ferry, said the crews would make the early crossing from the mainland pier possible throughout the summer.",
    ],
  ],
];

/** Stories that have nothing to do with ferries or with each other. */
export const otherStories: Array<[headline: string, paragraphs: string[]]> = [
  [
    "Village Bakery Wins Regional Bread Prize",
    [
      "A family bakery in Upper Marsh has won the regional prize for sourdough, beating forty entries from larger shops in the county.",
      "The judges praised its rye loaf, baked overnight in a wood-fired oven the owners restored from a derelict barn three winters ago.",
    ],
  ],
  [
    "Late Goal Sends Rovers Into Cup Semi-Final",
    [
      "A header in the final minute gave Rovers a two-one win over United and a place in the cup semi-final for the first time in a decade.",
      "The visitors had equalised from a penalty after the interval, and their goalkeeper kept them level until the last corner of the match.",
    ],
  ],
  [
    "City Library Opens Reading Rooms on Sunday Afternoons",
    [
      "The central library will open its reading rooms on Sunday afternoons from next month, after volunteers offered to staff the desks.",
      "Students preparing for examinations had asked for quiet study space at weekends, when most cafés in the old town are crowded.",
    ],
  ],
];
