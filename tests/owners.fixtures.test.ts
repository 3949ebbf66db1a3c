/**
 * Every owner cell of the fixture plans, against the owners a reader says it names (written by
 * hand, not by running the splitter). A cell is split only where it clearly lists several owners.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { splitOwners } from "../src/core/summary/owners";

const G = "Group Manager SEN and Inclusion";

const NAMED: Readonly<Record<string, readonly string[]>> = {
  // 000 Southwark Priority 4
  "Head of Access and Inclusion": ["Head of Access and Inclusion"],
  "SEN Manager": ["SEN Manager"],
  "Head of Access and Inclusion\nHead of School Improvement": [
    "Head of Access and Inclusion",
    "Head of School Improvement",
  ],
  "SEN Division": ["SEN Division"],
  "Professional Hd of SEN\nGloria Gray\nJessica Chappell\nTony Tarrant": [
    "Professional Hd of SEN",
    "Gloria Gray",
    "Jessica Chappell",
    "Tony Tarrant",
  ],
  "Jessica Chappell": ["Jessica Chappell"],
  "Professional Head of SEN": ["Professional Head of SEN"],
  "Inclusion Team\nEPS": ["Inclusion Team", "EPS"],
  "Professional head of SEN": ["Professional head of SEN"],
  "John Guest, Jessica Chappell, Moira Leydon, SSD": [
    "John Guest",
    "Jessica Chappell",
    "Moira Leydon",
    "SSD",
  ],
  "Head of A & I": ["Head of A & I"],
  "John Guest, EWAS management group,": ["John Guest", "EWAS management group"],
  "David Cannon, Jessica Chappell.": ["David Cannon", "Jessica Chappell"],
  "Dionne Jude, TG, JG": ["Dionne Jude", "TG", "JG"],
  "John Guest, Access & Inc Mgt Gp": ["John Guest", "Access & Inc Mgt Gp"],
  "John Guest, EWAS Mgt Team.": ["John Guest", "EWAS Mgt Team"],
  "Vallin Miller": ["Vallin Miller"],
  "John Guest, EWAS TM's": ["John Guest", "EWAS TM's"],
  "Pathways Project Manager": ["Pathways Project Manager"],
  "Head of Mainstream Support\nPathways Project Manager": [
    "Head of Mainstream Support",
    "Pathways Project Manager",
  ],
  "Pathways Project Manager and team members from Mainstream Support": [
    "Pathways Project Manager",
    "team members from Mainstream Support",
  ],
  "Senior Manager Access and Inclusion & Head of ESC": [
    "Senior Manager Access and Inclusion",
    "Head of ESC",
  ],
  "Head of A&I": ["Head of A&I"],
  "SEN Manager\nParent Partnership Officer": ["SEN Manager", "Parent Partnership Officer"],
  "Behaviour Support Team manager and staff with Education Welfare – Inclusion team": [
    "Behaviour Support Team manager",
    "staff with Education Welfare – Inclusion team",
  ],
  "Behaviour Support Team manager and staff\nSEN Mainstream Support": [
    "Behaviour Support Team manager and staff",
    "SEN Mainstream Support",
  ],
  "Mainstream Support Service senior management team and staff qualified in relevant areas": [
    "Mainstream Support Service senior management team",
    "staff qualified in relevant areas",
  ],
  "Senior Manager A&I\nPrincipal Adviser (sec)": ["Senior Manager A&I", "Principal Adviser (sec)"],
  "John Guest\nJessica Chappell\nHelen Dunlea": ["John Guest", "Jessica Chappell", "Helen Dunlea"],
  "Helen Dunlea, John Guest\nJessica Chappell\nA&I Mgt Gp": [
    "Helen Dunlea",
    "John Guest",
    "Jessica Chappell",
    "A&I Mgt Gp",
  ],
  "John Guest\nHead of A&I\nA&I Mgt Group": ["John Guest", "Head of A&I", "A&I Mgt Group"],
  "John Guest\nHelen Dunlea\nHead of A&I": ["John Guest", "Helen Dunlea", "Head of A&I"],
  "EAZ co-ordinator": ["EAZ co-ordinator"],
  "Education Business Alliance": ["Education Business Alliance"],
  "Music Services Co-ordinator": ["Music Services Co-ordinator"],
  "Saturday Music Centre Managers": ["Saturday Music Centre Managers"],
  "Healthy schools co-ordinator": ["Healthy schools co-ordinator"],
  "Senior Manager Access and Inclusion": ["Senior Manager Access and Inclusion"],
  "Head of A + I": ["Head of A + I"],
  "Strategy Support and Communications Officer": ["Strategy Support and Communications Officer"],
  // 001 Southwark under-performing schools
  "Virginia Bridge\nMadeleine Danaher\nMIA Team": [
    "Virginia Bridge",
    "Madeleine Danaher",
    "MIA Team",
  ],
  "Terry Rollings\nGeoff Conway": ["Terry Rollings", "Geoff Conway"],
  "Terry Rollings\nGeoff Conway\nStrategy Managers": [
    "Terry Rollings",
    "Geoff Conway",
    "Strategy Managers",
  ],
  "Terry Rollings\nGeoff Conway\nLink Advisers": [
    "Terry Rollings",
    "Geoff Conway",
    "Link Advisers",
  ],
  "Link Advisers": ["Link Advisers"],
  "Virginia Bridge\nMadeleine Danaher": ["Virginia Bridge", "Madeleine Danaher"],
  "Terry Rollings\nGeoff Conway\nHTs": ["Terry Rollings", "Geoff Conway", "HTs"],
  "Paul Morgan": ["Paul Morgan"],
  "Terry Rollings\nGeoff Conway\nDavid Newson": ["Terry Rollings", "Geoff Conway", "David Newson"],
  "Geoff Conway/ David Newson (EiC)\nMIA Service": [
    "Geoff Conway",
    "David Newson (EiC)",
    "MIA Service",
  ],
  "Terry Rollings/ Graham Jackson\nBeacon and specialist schools": [
    "Terry Rollings",
    "Graham Jackson",
    "Beacon and specialist schools",
  ],
  "Terry Rollings, Geoff Conway. HTs": ["Terry Rollings", "Geoff Conway", "HTs"],
  "Graham Jackson\nKS3 Consultants": ["Graham Jackson", "KS3 Consultants"],
  "Geoff Conway\nAll LEA officers": ["Geoff Conway", "All LEA officers"],
  "Graham Jackson\nLink Advisers": ["Graham Jackson", "Link Advisers"],
  "Geoff Conway/ Gwen Sinnott": ["Geoff Conway", "Gwen Sinnott"],
  "Geoff Conway/ David Newson (EiC)\nLink Advisers, EiC and KS3 consultants": [
    "Geoff Conway",
    "David Newson (EiC)",
    "Link Advisers",
    "EiC and KS3 consultants",
  ],
  // 002 Southend SEN strategy
  "Group Manager Early Intervention / EP Service / Early Years / Health / Social Care": [
    "Group Manager Early Intervention",
    "EP Service",
    "Early Years",
    "Health",
    "Social Care",
  ],
  [`${G} / Health and Social Care Managers`]: [G, "Health and Social Care Managers"],
  [`${G} / Managers in Health and Social Care and representatives of parents/carers`]: [
    G,
    "Managers in Health and Social Care",
    "representatives of parents/carers",
  ],
  "Parent Partnership Officer": ["Parent Partnership Officer"],
  [`${G} / Managers in Health and Social Care`]: [G, "Managers in Health and Social Care"],
  "Early Years Team leader / SEN Adviser / Speech and Language Therapists / Early Years advisers / Speech and Language outreach service":
    [
      "Early Years Team leader",
      "SEN Adviser",
      "Speech and Language Therapists",
      "Early Years advisers",
      "Speech and Language outreach service",
    ],
  [`${G} / SEN Adviser`]: [G, "SEN Adviser"],
  [`${G} / Principal EP and SEN Adviser`]: [G, "Principal EP", "SEN Adviser"],
  [`${G} / Special School Head Teachers / SEN Adviser / Principal EP`]: [
    G,
    "Special School Head Teachers",
    "SEN Adviser",
    "Principal EP",
  ],
  [G]: [G],
  [`${G} / Executive Headteacher Seabrook College`]: [G, "Executive Headteacher Seabrook College"],
  [`${G} / Headteachers /Executive Headteacher Seabrook College`]: [
    G,
    "Headteachers",
    "Executive Headteacher Seabrook College",
  ],
  [`CAMHS Commissioner / ${G}`]: ["CAMHS Commissioner", G],
  "Group Manager Early Intervention / CAMHS Manager": [
    "Group Manager Early Intervention",
    "CAMHS Manager",
  ],
  "SEN Adviser/Health managers/Complex case and transition manager/Health and Social Care/Integrated Youth Support Services":
    [
      "SEN Adviser",
      "Health managers",
      "Complex case and transition manager",
      "Health and Social Care",
      "Integrated Youth Support Services",
    ],
  "SEN Adviser / 14-19 Adviser": ["SEN Adviser", "14-19 Adviser"],
  "14-19 Adviser": ["14-19 Adviser"],
  "SEN Review and Transitions Manager / 14-19 Adviser / Integrated Youth Support Services": [
    "SEN Review and Transitions Manager",
    "14-19 Adviser",
    "Integrated Youth Support Services",
  ],
  "SEN Review and Transitions Manager / 14-19 / SETSA Manager": [
    "SEN Review and Transitions Manager",
    "14-19",
    "SETSA Manager",
  ],
  [`${G} / SEN Adviser/data manager`]: [G, "SEN Adviser", "data manager"],
  "SEN Adviser / Governor Services": ["SEN Adviser", "Governor Services"],
  [`Finance/${G}`]: ["Finance", G],
  "Group Manager SEN Inclusion / SEN Service Manager": [
    "Group Manager SEN Inclusion",
    "SEN Service Manager",
  ],
  [`${G} / Health Commissioner`]: [G, "Health Commissioner"],
  // 003 York written statement of action: bodies with the officer's initials, run together with no
  // separator; kept whole (a merged owner is a lesser fault than an invented one)
  "(M.S) CCG": ["(M.S) CCG"],
  "(M.S) CYC (K.McN) CCG": ["(M.S) CYC (K.McN) CCG"],
  "CCG (K.McN)": ["CCG (K.McN)"],
  "CYC (L.B) CCG (K.McN)": ["CYC (L.B) CCG (K.McN)"],
  // 004 Bracknell Forest council plan
  "Contract Services": ["Contract Services"],
  "Executive Director: Delivery": ["Executive Director: Delivery"],
  "Natural Estate": ["Natural Estate"],
  "Policy and Performance Management": ["Policy and Performance Management"],
  Property: ["Property"],
  "Public Health": ["Public Health"],
  // 005 Isle of Wight recommendation tracker: a portfolio is a list, not several owners
  "The Portfolio Holder for Economic Development, UK and EU Regional Issues": [
    "The Portfolio Holder for Economic Development, UK and EU Regional Issues",
  ],
  "The Portfolio Holder for Economic Development, UK and EU Regional Issues.": [
    "The Portfolio Holder for Economic Development, UK and EU Regional Issues",
  ],
  "The Portfolio Holder for Sustainable Development, Environment and Planning Policy": [
    "The Portfolio Holder for Sustainable Development, Environment and Planning Policy",
  ],
  "The Portfolio Holder for Tourism and Leisure and the Head of Community Development": [
    "The Portfolio Holder for Tourism and Leisure",
    "the Head of Community Development",
  ],
  // 006 trust board actions: initials
  HS: ["HS"],
  MW: ["MW"],
  TB: ["TB"],
};

interface TruthAction {
  readonly owner: string | null;
}
const dir = join(__dirname, "fixtures");
const ownerCells = readdirSync(dir)
  .filter((f) => f.endsWith(".truth.json"))
  .flatMap((f) => {
    const truth = JSON.parse(readFileSync(join(dir, f), "utf8")) as {
      tables: { actions: TruthAction[] }[];
    };
    return truth.tables.flatMap((t) => t.actions.map((a) => a.owner));
  })
  .filter((o): o is string => o !== null);

describe("owners named by every owner cell of the fixtures", () => {
  it("the hand-written list covers every owner cell (and nothing else)", () => {
    expect(ownerCells.length).toBeGreaterThan(100);
    expect(new Set(ownerCells)).toEqual(new Set(Object.keys(NAMED)));
  });

  it.each(Object.entries(NAMED))("%j", (cell, owners) => {
    expect(splitOwners(cell)).toEqual(owners);
  });
});
