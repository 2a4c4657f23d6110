// Generates data/frameworks/p10-2026.json (principle10's own framework: law, practice and the gap across all
// 26 UNEP Bali Guidelines plus Escazú Art. 9) and data/crosswalks/edi-2015_to_p10-2026.json.
// The EDI part is taken from the project's EDI fact base (data/sources/edi-2015-indicators.csv) and from the
// generated data/frameworks/edi-2015.json (titles, questions, guidance), so the two frameworks cannot drift
// apart; the indicators EDI lacks are written out below in this project's words.
// Run: node scripts/make-edi-framework.mjs && node scripts/make-p10-framework.mjs. The output is committed;
// test/framework/p10-2026.test.ts checks it against the source table.
import { readFileSync } from "node:fs";
import { emit } from "./emit.mjs";
import { parse } from "csv-parse/sync";

const ediRows = parse(readFileSync("data/sources/edi-2015-indicators.csv"), { columns: true, bom: true });
const edi = JSON.parse(readFileSync("data/frameworks/edi-2015.json", "utf8"));
// EDI indicators keep this project's words in p10-2026 (titles, questions, guidance): those of edi-2015
// 1.0.0, kept as data/frameworks/edi-2015-1.0.0.json; edi-2015 1.1.0 quotes the EDI's own practice questions.
const ediWords = JSON.parse(readFileSync("data/frameworks/edi-2015-1.0.0.json", "utf8"));
const EDI_LEGAL = edi.scales.find((scale) => scale.id === "edi-legal");
const TOKENS = { notApplicable: EDI_LEGAL.notApplicable, missing: EDI_LEGAL.missing };
const ediNode = new Map(ediWords.nodes.map((n) => [n.id, n]));

const VERSION = "1.2.0";
// The version before this one, released in package 0.2.0 and kept byte for byte as
// data/frameworks/p10-2026-1.1.0.json (scores of 1.1.0 stay reproducible), bridged to this one by
// data/crosswalks/p10-2026-1.1.0_to_p10-2026-1.2.0.json. (1.0.0 and its crosswalk to 1.1.0 are kept too;
// they are no longer written by this script.)
const PREVIOUS = JSON.parse(readFileSync("data/frameworks/p10-2026-1.1.0.json", "utf8"));

const PILLARS = {
  information: [
    "Access to information",
    "Whether the law gives the public access to environmental information, on request and proactively, and whether that access works in practice.",
  ],
  participation: [
    "Public participation",
    "Whether the law lets the public take part early and meaningfully in environmental decisions, and whether it does so in practice.",
  ],
  justice: [
    "Access to justice",
    "Whether the law lets the public challenge environmental decisions, acts and omissions, obtain remedies and act without fear of reprisal, and whether this holds in practice.",
  ],
};

// The 26 Bali Guidelines: pillar, short title (EDI's group title where EDI has the guideline) and a summary of
// what the guideline asks, in this project's words (not the guideline's text).
const GUIDELINES = {
  1: [
    "information",
    null,
    "Anyone, person or organisation, can obtain environmental information held by public authorities on request, at an affordable cost, effectively and in good time, without having to show an interest.",
  ],
  2: [
    "information",
    null,
    "What is in the public domain covers environmental quality, effects on health and their causes, the relevant laws and policies, and advice on how to obtain information.",
  ],
  3: [
    "information",
    null,
    "The law spells out the specific grounds on which a request may be refused; they are read narrowly, with the public interest in disclosure taken into account.",
  ],
  4: [
    "information",
    null,
    "Authorities regularly collect and update environmental information, including on operators' environmental performance and compliance, and keep information flowing on activities that may significantly affect the environment.",
  ],
  5: [
    "information",
    null,
    "The state prepares and spreads, at reasonable intervals, up-to-date information on the state of the environment, its quality and the pressures on it.",
  ],
  6: [
    "information",
    null,
    "When harm to health or the environment is imminent, all the information that would let people protect themselves is spread at once.",
  ],
  7: [
    "information",
    "Capacity building for access to information",
    "The state supports and encourages capacity building, among officials and among the public, so that access to information works in practice.",
  ],
  8: [
    "participation",
    null,
    "The public concerned has early and effective chances to take part in environmental decisions and is told about them early.",
  ],
  9: [
    "participation",
    null,
    "The state actively seeks the public's views in a transparent and consultative way, giving the public concerned a fair chance to be heard.",
  ],
  10: [
    "participation",
    null,
    "All information relevant to an environmental decision reaches the public concerned in an objective, understandable, timely and effective way.",
  ],
  11: [
    "participation",
    null,
    "Decision-makers take due account of the public's comments, and decisions are made public.",
  ],
  12: [
    "participation",
    null,
    "When a decision is reviewed because significant issues not considered before have come up, the public can take part in that review as far as circumstances allow.",
  ],
  13: [
    "participation",
    null,
    "The public can give input, at a suitable stage, into binding rules and into policies, plans and programmes that may significantly affect the environment.",
  ],
  14: [
    "participation",
    "Capacity building for public participation",
    "The state builds capacity, including environmental education and awareness-raising, so that the public can take part in environmental decisions.",
  ],
  15: [
    "justice",
    null,
    "Anyone whose information request was refused, ignored or mishandled can have that reviewed by a court or another independent and impartial body.",
  ],
  16: [
    "justice",
    null,
    "The public concerned can challenge, before a court or an independent body, the substantive and procedural legality of decisions, acts or omissions subject to public participation.",
  ],
  17: [
    "justice",
    null,
    "The public concerned can challenge decisions, acts or omissions of public authorities or private actors that affect the environment or break environmental law.",
  ],
  18: [
    "justice",
    null,
    "Standing in environmental proceedings is interpreted broadly, so that access to justice is effective.",
  ],
  19: [
    "justice",
    null,
    "Courts, independent bodies or administrative procedures review the implementation and enforcement of environmental law in good time and in a fair, open, transparent and equitable way.",
  ],
  20: [
    "justice",
    null,
    "Review procedures are not prohibitively expensive, and assistance reduces financial and other barriers to justice.",
  ],
  21: [
    "justice",
    null,
    "The legal system offers prompt, adequate and effective remedies, such as interim and final injunctions, and considers compensation, restitution and other measures.",
  ],
  22: [
    "justice",
    null,
    "Environmental decisions of courts and of administrative and other bodies are enforced effectively and on time.",
  ],
  23: [
    "justice",
    null,
    "The public gets adequate information about how courts and other bodies handle environmental matters.",
  ],
  24: [
    "justice",
    null,
    "Environmental decisions of courts and of independent or administrative bodies are made publicly available, as national law allows.",
  ],
  25: [
    "justice",
    "Capacity building for access to justice",
    "The state regularly promotes capacity building, such as environmental-law training for judges, prosecutors, lawyers and others in the justice system.",
  ],
  26: ["justice", null, "The state encourages alternative dispute resolution where it is appropriate."],
};

// Article-level map of each Bali guideline to the Aarhus Convention and the Escazú Agreement: the map of
// scripts/make-edi-framework.mjs (DOMAIN.md's article map) extended to the three capacity-building guidelines
// (Aarhus 3(2) guidance to the public, 3(3) education and awareness, 5(2) practical arrangements; Escazú 10
// capacity building). Paragraph choices are this project's reading.
const ARTICLES = {
  // EDI's 23 guidelines, as edi-2015.json's groups carry them.
  ...Object.fromEntries(
    edi.nodes
      .filter((n) => n.level === "group")
      .map((n) => [n.references.bali[0], [n.references.aarhus, n.references.escazu]]),
  ),
  7: [["3(2)", "3(3)", "5(2)"], ["10"]],
  14: [["3(2)", "3(3)"], ["10"]],
  // 1.1.0: Aarhus 3(3) is education and awareness of the public, not training of the justice system, and no
  // Aarhus article asks for the latter; Escazú 10(2) lists capacity building for officials.
  25: [[], ["10(2)"]],
  // 1.1.0: Aarhus 9(4) asks for adequate, effective, timely remedies but says nothing of enforcing decisions;
  // enforcement is Escazú 8(3)(f). (edi-2015 keeps EDI's own map.)
  22: [[], ["8(3)(f)"]],
};

// The defenders group has no Bali guideline, and since 1.1.0 its indicators cite none (1.0.0 cited the
// nearest, Guideline 17, which does not cover defenders). Escazú 9(1)–(3) are cited paragraph by paragraph.
const DEFENDERS = {
  id: "DEF",
  title: "Protection of environmental defenders",
  description:
    "Escazú Agreement Art. 9: a safe and enabling environment for people and groups who defend human rights in environmental matters, free from threat, restriction and insecurity from any source (9(1)), with measures to recognise, protect and promote their rights (9(2)) and to prevent, investigate and punish attacks, threats or intimidation (9(3)); Aarhus Art. 3(8): no one is penalised, persecuted or harassed for exercising the Convention's rights. No Bali guideline covers defenders, so neither the group nor its indicators cite one.",
  articles: [["3(8)"], ["9(1)", "9(2)", "9(3)"]],
};

const LEGAL_LEVELS = ["0", "1", "2", "3"];
const PRACTICE_LEVELS = ["0", "1", "2"];
const guidance = (codes, texts) => Object.fromEntries(codes.map((c, i) => [c, texts[i]]));

// Indicators EDI does not have. `refs` overrides the group's articles where a paragraph applies.
const NEW_INDICATORS = [
  // --- Information ---
  {
    id: "1.7",
    kind: "legal",
    g: 1,
    measures: "strength",
    title: "Law fixes a maximum time for answering information requests",
    question:
      "Does the law fix a maximum time for answering a request for environmental information that is close to the treaty benchmarks (one month, or two for voluminous or complex requests, under Aarhus 4(2); 30 working days, extendable by at most 10 in exceptional cases, under Escazú 5(12)–5(13))?",
    guidance: [
      "The law sets no time limit for answering requests.",
      "The law asks only for a 'prompt' or 'reasonable' answer without a number of days, or its deadline can be extended without limit.",
      "A fixed deadline exists but is longer than the benchmark, or extensions are bounded but allowed for reasons other than the volume or complexity of the request.",
      "A fixed deadline of one month or 30 working days or less; any extension is short, bounded, allowed only for voluminous or complex requests, and the requester must be told why before the first deadline runs out.",
    ],
    refs: [["4(2)"], ["5(12)", "5(13)"]],
    description:
      "EDI's 1.4 asks whether release is timely in general; 1.7 checks the fixed deadline against the Aarhus and Escazú benchmarks.",
  },
  {
    id: "4.4",
    kind: "legal",
    g: 4,
    measures: "strength",
    title: "Law establishes a public pollutant release and transfer register",
    question:
      "Does the law require a pollutant release and transfer register: yearly reports, facility by facility, of the releases of listed pollutants to air, water and land and of their off-site transfers, compiled by the state and searchable by the public free of charge?",
    guidance: [
      "The law provides for no pollutant release and transfer register.",
      "The law mentions an emissions inventory, but it is aggregated rather than per facility, voluntary for operators, or not public.",
      "A register exists in law, but its coverage is partial (few sectors or pollutants, or transfers left out) or public access to it is restricted.",
      "A register required by law covers the main industrial sectors and a list of pollutants, reports each facility's releases and transfers every year, and is publicly searchable online without charge.",
    ],
    refs: [["5(9)"], ["6(4)"]],
    description:
      "Aarhus Art. 5(9) and its Protocol on Pollutant Release and Transfer Registers (Kyiv, 2003); Escazú Art. 6(4).",
  },
  {
    id: "7.1",
    kind: "legal",
    g: 7,
    measures: "strength",
    title: "Officials must help and guide people seeking environmental information",
    question:
      "Does the law require public authorities to help and guide members of the public in finding and requesting environmental information, including people who need particular help (people with disabilities, speakers of minority or indigenous languages, people with low literacy)?",
    guidance: [
      "There is no duty to assist or guide people who seek information.",
      "Assistance is mentioned only as a recommendation, or left wholly to each authority's discretion.",
      "There is a binding duty to assist requesters in general, but nothing for those who need particular help.",
      "There is a binding duty to assist requesters, including help in formulating requests, with specific provision for people in vulnerable situations.",
    ],
    refs: [["3(2)"], ["5", "10"]],
  },
  {
    id: "7.2",
    kind: "legal",
    g: 7,
    measures: "strength",
    title: "Officials must be trained in their duties on environmental information",
    question:
      "Does the law require regular training of public officials in their duties to collect, publish and release environmental information and to answer requests?",
    guidance: [
      "The law makes no provision for such training.",
      "Training is encouraged, or appears only in policy documents, without any obligation.",
      "Training is required, but not regularly, or not for all authorities that hold environmental information.",
      "Regular training is required for the officials concerned, with a body made responsible for providing it.",
    ],
    refs: [["3(2)"], ["10"]],
  },
  {
    id: "7.3",
    kind: "legal",
    g: 7,
    measures: "strength",
    title: "State must make the public aware of its right to environmental information",
    question:
      "Does the law require the state to educate the public about its right to environmental information and how to use it (campaigns, guides, education programmes)?",
    guidance: [
      "The law makes no provision for public awareness of this right.",
      "Awareness-raising is mentioned only as a general aim, with no one responsible for it.",
      "Awareness-raising is required, but only occasionally or through a single channel.",
      "Regular awareness-raising and education on the right to information are required, with a body made responsible for them.",
    ],
    refs: [["3(3)"], ["10"]],
  },
  {
    id: "P1.1",
    kind: "practice",
    g: 1,
    title: "Information requests answered within the legal deadline",
    question:
      "In practice, during the period assessed: were requests for environmental information (test requests sent for the assessment, or requests recorded in official statistics) answered within the legal deadline?",
    guidance: [
      "No: most of the requests tracked were answered late or not at all, or there is no legal deadline to meet.",
      "Limited: many requests were answered on time, but a substantial share (about a quarter or more) were late or ignored.",
      "Yes: nearly all the requests tracked (about nine in ten or more) were answered within the legal deadline.",
    ],
    refs: [["4(2)"], ["5(12)", "5(13)"]],
  },
  {
    id: "P3.1",
    kind: "practice",
    g: 3,
    title: "Refusals named a legal ground and gave reasons in writing",
    question:
      "In practice, during the period assessed: when requests for environmental information were refused in full or in part, did the refusal name the legal exception relied on, give reasons in writing and say how to appeal?",
    guidance: [
      "No: the refusals reviewed gave no legal ground or reasons, or requests were refused by silence.",
      "Limited: some refusals cited a ground and reasons and others did not, or the reasons were formulaic and the right to appeal went unmentioned.",
      "Yes: the refusals reviewed cited a specific exception, explained why it applied and told the requester how to appeal.",
    ],
    refs: [["4(7)"], ["5(5)"]],
  },
  {
    id: "P4.2",
    kind: "practice",
    g: 4,
    title: "Recent facility-level pollutant release data searchable online",
    question:
      "In practice, during the period assessed: could the public search pollutant release and transfer data for individual facilities online, free of charge, for a reporting year no more than two years old?",
    guidance: [
      "No: no register data were available to the public, or only data more than about two years old.",
      "Limited: data were public but incomplete, aggregated above the facility, hard to search, or charged for.",
      "Yes: recent facility-level release and transfer data were online, free and searchable.",
    ],
    refs: [["5(9)"], ["6(4)"]],
  },
  {
    id: "P6.1",
    kind: "practice",
    g: 6,
    title: "Public warned promptly in a recent environmental emergency",
    question:
      "In practice, during the period assessed: in the most recent serious environmental emergency (an industrial accident, a toxic spill, a flood, a severe pollution episode), did the authorities warn the affected public promptly and tell it how to protect itself?",
    guidance: [
      "No: the affected public learned of the threat from other sources or only after the harm, or official warnings gave no protective advice.",
      "Limited: a warning was issued, but late, to only part of the affected population, or without clear protective advice.",
      "Yes: the affected public was warned without delay, through channels that reached it, with clear advice on how to protect itself.",
    ],
  },
  {
    id: "P7.1",
    kind: "practice",
    g: 7,
    title: "Officials handling environmental information were trained",
    question:
      "In practice, during the period assessed: did the officials who handle environmental information and requests in the national environmental authority receive training in their duties?",
    guidance: [
      "No: there is no evidence of such training in the period.",
      "Limited: training took place, but once, briefly, or for only a few of the officials concerned.",
      "Yes: the officials concerned were trained, and the training is documented (programme, attendance, materials).",
    ],
  },
  {
    id: "P7.2",
    kind: "practice",
    g: 7,
    title: "Government reached out to the public about its information rights",
    question:
      "In practice, during the period assessed: did the government run outreach on the right to environmental information beyond publishing a guide (campaigns, workshops, school or community programmes)?",
    guidance: [
      "No: there was no such outreach in the period.",
      "Limited: there was some outreach, but it was occasional, confined to the capital, or reached few people.",
      "Yes: there was sustained outreach that reached people across the country, including outside the capital.",
    ],
  },
  // --- Participation ---
  {
    id: "14.1",
    kind: "legal",
    g: 14,
    measures: "strength",
    title: "State must provide environmental education and awareness on participation",
    question:
      "Does the law require the state to provide environmental education and to make the public aware of its rights to take part in environmental decisions and of how to use them?",
    guidance: [
      "The law makes no such provision.",
      "Education or awareness-raising is mentioned only as a general aim, with no one responsible for it.",
      "Education or awareness-raising is required, but narrowly (one sector, one channel, or only occasionally).",
      "Environmental education and awareness of participation rights are required on a regular basis, with a body made responsible and means provided.",
    ],
    refs: [["3(3)"], ["10"]],
  },
  {
    id: "14.2",
    kind: "legal",
    g: 14,
    measures: "strength",
    title: "Law provides support so that people in vulnerable situations can take part",
    question:
      "Does the law require authorities to help people who face particular barriers (language, disability, remoteness, poverty, indigenous peoples) to take part in environmental decisions, for example through interpretation, accessible formats or local meetings?",
    guidance: [
      "The law makes no such provision.",
      "Support is mentioned only as a recommendation or is left to the authority's discretion.",
      "Support is required, but only for some groups or some kinds of decision.",
      "Authorities must identify people facing such barriers and provide the support they need to take part, across decision types.",
    ],
    refs: [["3(2)"], ["7", "10"]],
  },
  {
    id: "14.3",
    kind: "legal",
    g: 14,
    measures: "strength",
    title: "Law recognises and supports associations that promote environmental protection",
    question:
      "Does the law recognise associations, organisations and groups that promote environmental protection, let them form and act without undue hurdles, and provide support for them?",
    guidance: [
      "The law makes no such provision, or it puts obstacles in the way of such associations.",
      "Such associations can be formed, but registration or funding rules give the government wide discretion over them.",
      "Such associations are recognised and can act freely, but the law provides no support for them.",
      "Such associations are recognised, can act freely, and the law provides for support to them (funding, training, standing in decisions).",
    ],
    refs: [["3(4)"], ["4", "10"]],
  },
  {
    id: "P9.1",
    kind: "practice",
    g: 9,
    title: "Consultations on recent projects reached the affected communities",
    question:
      "In practice, during the period assessed: for the projects reviewed, did the agency hold consultations that affected communities could attend and speak at (in or near the affected area, at accessible times, in the languages spoken there)?",
    guidance: [
      "No: no consultation open to the affected communities was held for the projects reviewed.",
      "Limited: consultations were held, but far from the affected area, at short notice, or in a language many affected people do not speak.",
      "Yes: consultations were held where and when the affected communities could take part, in languages they speak.",
    ],
  },
  {
    id: "P12.1",
    kind: "practice",
    g: 12,
    title: "Public invited to take part when a decision was reconsidered",
    question:
      "In practice, during the period assessed: when a permit or project approval was reconsidered or updated because significant new environmental effects had come to light, was the public given a chance to take part?",
    guidance: [
      "No: such reconsiderations took place without public participation.",
      "Limited: the public was told of the reconsideration but had little chance to give its views, or only in some of the cases.",
      "Yes: the public could give its views in the reconsiderations reviewed, with notice and time to do so.",
    ],
  },
  {
    id: "P13.1",
    kind: "practice",
    g: 13,
    title: "Draft environmental rules and policies published for comment before adoption",
    question:
      "In practice, during the period assessed: were draft environmental regulations, policies or plans published for public comment, with a reasonable comment period, before they were adopted?",
    guidance: [
      "No: the drafts reviewed were adopted without being published for comment.",
      "Limited: some drafts were published for comment, or comment periods were too short to be meaningful.",
      "Yes: the drafts reviewed were published for comment, with a reasonable period to respond, before adoption.",
    ],
  },
  {
    id: "P14.1",
    kind: "practice",
    g: 14,
    title: "Programmes prepared communities to take part in environmental decisions",
    question:
      "In practice, during the period assessed: did public programmes (run or funded by the state) train or prepare community members to take part in environmental decisions?",
    guidance: [
      "No: there is no evidence of such programmes in the period.",
      "Limited: such programmes existed but were small, one-off, or confined to a few places.",
      "Yes: such programmes ran regularly and reached communities in several regions.",
    ],
  },
  {
    id: "P14.2",
    kind: "practice",
    g: 14,
    title: "People facing barriers got help to take part in a recent consultation",
    question:
      "In practice, during the period assessed: in the consultations reviewed, did the authorities give people facing particular barriers the help they needed to take part (interpretation, summaries in local languages, accessible venues or formats, travel support)?",
    guidance: [
      "No: no such help was given in the consultations reviewed.",
      "Limited: some help was given, but not to all who needed it, or not in all the consultations reviewed.",
      "Yes: the help needed was given in the consultations reviewed.",
    ],
  },
  // --- Justice ---
  {
    id: "25.1",
    kind: "legal",
    g: 25,
    measures: "strength",
    title: "Regular environmental-law training for judges",
    question:
      "Does the law, or a binding rule of the judiciary, provide for regular training of judges and court staff in environmental law and in the public's access rights?",
    guidance: [
      "No provision for such training exists.",
      "Such training is mentioned only as a possibility, or depends entirely on outside funding or goodwill.",
      "Such training is provided for, but not regularly, or not for all courts that hear environmental cases.",
      "Regular training is required for judges and court staff who hear environmental cases, with a body made responsible for it.",
    ],
    refs: [[], ["10"]],
  },
  {
    id: "25.2",
    kind: "legal",
    g: 25,
    measures: "strength",
    title: "Environmental-law training for prosecutors, inspectors and lawyers",
    question:
      "Does the law provide for regular training in environmental law for prosecutors, environmental inspectors and the legal profession?",
    guidance: [
      "No provision for such training exists.",
      "Such training is mentioned only as a possibility, or for a single profession on an ad hoc basis.",
      "Such training is provided for some of these professions, or not on a regular basis.",
      "Regular training is provided for prosecutors, inspectors and the legal profession, with a body made responsible for it.",
    ],
    refs: [[], ["10"]],
  },
  {
    id: "P22.1",
    kind: "practice",
    g: 22,
    title: "Orders in recent environmental cases were carried out on time",
    question:
      "In practice, during the period assessed: in the environmental cases reviewed, were court orders and administrative sanctions (fines, closures, restoration orders) actually carried out within the time set?",
    guidance: [
      "No: the orders reviewed were mostly not carried out, or only long after the time set.",
      "Limited: some orders were carried out on time, others late, partly or not at all.",
      "Yes: the orders reviewed were carried out in full within the time set.",
    ],
  },
  {
    id: "P25.1",
    kind: "practice",
    g: 25,
    title: "Judges took part in environmental-law training",
    question:
      "In practice, during the period assessed: did judges who hear environmental cases take part in training on environmental law?",
    guidance: [
      "No: there is no evidence of such training in the period.",
      "Limited: training took place, but once, or for only a few of the judges concerned.",
      "Yes: judges hearing environmental cases were trained, and the training is documented.",
    ],
  },
  {
    id: "P25.2",
    kind: "practice",
    g: 25,
    title: "Prosecutors and inspectors took part in environmental-law training",
    question:
      "In practice, during the period assessed: did prosecutors or environmental inspectors take part in training on environmental law?",
    guidance: [
      "No: there is no evidence of such training in the period.",
      "Limited: training took place, but once, or for only a few of the people concerned.",
      "Yes: prosecutors or inspectors were trained across the country, and the training is documented.",
    ],
  },
  // --- 1.2.0: what the 2026 domain review found missing (sources: data/sources/p10-2026-references.md) ---
  {
    id: "P1.2",
    kind: "practice",
    g: 1,
    title: "Information released was complete, understandable and in usable languages and formats",
    question:
      "In practice, during the period assessed: was the environmental information released in the cases reviewed (answers to requests and proactive publications) complete, summarised in plain language where it is technical, available in the languages spoken by the people it concerns, and provided in the format requested or in an open, reusable format?",
    guidance: [
      "No: in most cases reviewed the information was incomplete without explanation, or technical with no plain-language summary, or only in a language many of the people concerned do not read, or only in a form they cannot use (paper only, scanned images, proprietary files).",
      "Limited: the information passed some of the four tests (complete or with redactions explained; plain-language summary of technical content; in the languages needed; in the format requested or an open one) but failed others, or passed them in only some of the cases reviewed.",
      "Yes: in the cases reviewed the information was complete or its redactions were explained, technical content came with a plain-language summary, it was available in the languages of the people concerned, and in the format requested or an open, reusable format.",
    ],
    refs: [["4(1)(b)"], ["5(3)", "5(4)", "6(1)", "6(6)"]],
    description:
      "Quality, not timeliness (P1.1): rate each case on the four tests and combine the cases; a release that fails one test is at best limited.",
  },
  {
    id: "4.5",
    kind: "legal",
    g: 4,
    measures: "strength",
    title: "Law requires or encourages companies to disclose their environmental performance",
    question:
      "Does the law require, or at least actively encourage, operators whose activities significantly affect the environment and large public and private companies to inform the public regularly of the environmental impact of their activities and products (environmental or sustainability reports, eco-labelling, eco-audits)?",
    guidance: [
      "The law makes no such provision.",
      "Disclosure is encouraged only in general terms (a policy aim or voluntary guidance), with no one responsible and no definition of who should report.",
      "Disclosure is required or actively encouraged (incentives, a reporting standard), but only for some sectors or companies, or the reports need not be made public.",
      "Large companies and operators with a significant environmental impact must publish regular environmental or sustainability reports to a set standard, and the reports are publicly available.",
    ],
    refs: [["5(6)"], ["6(13)"]],
    description:
      "Aarhus 5(6) and Escazú 6(13) ask states to encourage such reporting; the top level (a duty to report) is good practice beyond both.",
  },
  {
    id: "9.3",
    kind: "legal",
    g: 9,
    measures: "strength",
    title: "Law requires consultation of indigenous peoples on decisions that may affect them",
    question:
      "Does the law require that indigenous peoples (and local communities with recognised rights) be consulted in good faith, through their own representative institutions and in their languages, before environmental decisions that may affect their lands, resources or environment are taken, as the country's legislation and international obligations on their rights require?",
    guidance: [
      "The law makes no provision for consulting indigenous peoples on environmental decisions.",
      "Consultation is mentioned, but only for a few decision types, as something the authority may do, or with no procedure.",
      "Consultation is required for the main decision types that affect indigenous lands and resources, but not through the peoples' own institutions, not before the decision is settled, or without interpretation into their languages.",
      "Prior consultation in good faith is required, through the peoples' own representative institutions and in their languages, before any decision that may affect their lands, resources or environment, with the aim of reaching agreement or consent.",
    ],
    refs: [[], ["7(15)"]],
    description:
      "Escazú 7(15): each Party guarantees that its legislation and international obligations on the rights of indigenous peoples and local communities are observed (where ratified, ILO Convention 169 Art. 6 sets the duty to consult). The Aarhus Convention has no such clause.",
  },
  {
    id: "13.5",
    kind: "legal",
    g: 13,
    measures: "strength",
    title: "Law promotes public participation in international environmental forums",
    question:
      "Does the law or a binding government rule promote public participation in international environmental decision-making: consulting the public at home on the positions the country takes in international environmental negotiations and forums, and including or supporting public representatives where the forum's rules allow?",
    guidance: [
      "The law makes no such provision.",
      "Only a general policy statement exists, with no procedure and no one responsible.",
      "A procedure exists, but only for some negotiations (for example climate talks) or only for including non-governmental members in some delegations.",
      "The law or a binding rule requires public consultation at home on the country's positions in international environmental forums and negotiations, reports back on the positions taken and their results, and provides for public participation in delegations or in the forums' procedures where their rules allow.",
    ],
    refs: [["3(7)"], ["7(12)"]],
  },
  {
    id: "P13.2",
    kind: "practice",
    g: 13,
    title: "Plans had a strategic environmental assessment and comments on them were answered",
    question:
      "In practice, during the period assessed: for the policies, plans or programmes reviewed that may significantly affect the environment, was a strategic environmental assessment (or an equivalent environmental report) published with the draft for comment, and did the authority publish, with the adopted text, how it took the public's comments into account?",
    guidance: [
      "No: the policies or plans reviewed were adopted without an environmental assessment open to comment and without any account of how comments were handled.",
      "Limited: an environmental assessment was published or the comments were answered, but not both; or only for some of the policies or plans reviewed; or the answer listed the comments without saying what changed because of them.",
      "Yes: for the policies or plans reviewed, an environmental assessment was published with the draft for comment, and the adopted text came with a public account of the comments received and of how each was taken into account (accepted, or rejected with reasons).",
    ],
    refs: [["7"], ["7(3)"]],
    description:
      "P13.1 asks whether drafts were published for comment; P13.2 asks what came of the comments and whether the plan's environmental effects were assessed (UNECE Protocol on Strategic Environmental Assessment, Kyiv 2003).",
  },
  {
    id: "15.4",
    kind: "legal",
    g: 15,
    measures: "strength",
    title: "An independent body oversees access to environmental information",
    question:
      "Does the law establish or designate one or more impartial bodies, with autonomy and independence, to promote transparency in access to environmental information, oversee compliance with the rules on access, and monitor, report on and guarantee the right of access (for example an information commissioner or a transparency council)?",
    guidance: [
      "No such body exists in law.",
      "A body exists, but it sits inside a ministry or depends on the government it oversees, or it only advises.",
      "An independent body exists, but its mandate is partial (it cannot decide complaints or order disclosure, or does not cover every authority holding environmental information), or its budget and tenure are not secure.",
      "An independent body with secure tenure and budget oversees every authority holding environmental information, can decide complaints and order disclosure, and reports publicly on the state of the right of access.",
    ],
    refs: [["9(1)"], ["5(18)"]],
    description:
      "Escazú 5(18) asks for such a body; Aarhus 9(1) asks for review of refusals by a court or an independent and impartial body, which such a body can provide.",
  },
  {
    id: "17.5",
    kind: "legal",
    g: 17,
    measures: "strength",
    title: "Contesting public authorities' breaches of substantive environmental law",
    question:
      "Does the law let members of the public challenge, before a court or another independent and impartial body, acts and omissions of public authorities that breach substantive environmental law (emission limits, quality standards, protected-area rules, permit conditions), and not only breaches of procedure?",
    guidance: [
      "No such challenge is possible: only procedural defects can be raised, or only the addressee of a decision may challenge it.",
      "Substantive challenges are possible only under a few laws or against a few kinds of act, or only for people whose own rights are harmed.",
      "Substantive challenges are open under most environmental laws, but some acts or omissions (failures to act, regulations, plans) cannot be challenged, or standing is narrow.",
      "Members of the public concerned, including environmental organisations, can challenge any act or omission of a public authority, including a failure to act, on the ground that it breaches substantive environmental law.",
    ],
    refs: [["9(3)"], ["8(2)(c)"]],
    description:
      "EDI's 17.1 covers public authorities' breaches of procedural law and 17.2 private actors' breaches of substantive law; 17.5 fills the remaining cell: public authorities, substantive law.",
  },
  {
    id: "19.6",
    kind: "legal",
    g: 19,
    measures: "strength",
    title: "Law helps claimants prove environmental damage (evidence and burden of proof)",
    question:
      "Does the law provide measures that help the public produce evidence of environmental damage in environmental proceedings, such as reversing the burden of proof or letting the judge allocate it dynamically, ordering the defendant or an authority to disclose evidence it holds, or appointing or funding experts?",
    guidance: [
      "No such measures: the claimant bears the whole burden of proof under the ordinary rules.",
      "Some measures exist, but only at the judge's discretion without criteria, or in only one kind of proceeding.",
      "Measures exist for most environmental proceedings (for example disclosure orders or state-funded expertise), but the burden of proof is never shifted, or only for some kinds of damage.",
      "The law provides a reversed or dynamic burden of proof in environmental damage cases, together with ways to obtain evidence held by defendants or authorities and expert help for claimants who cannot afford it.",
    ],
    refs: [[], ["8(3)(e)"]],
    description: "Escazú 8(3)(e); the Aarhus Convention has no clause on evidence or the burden of proof.",
  },
  // --- Defenders (Escazú Art. 9) ---
  {
    id: "DEF.1",
    kind: "legal",
    g: "DEF",
    measures: "strength",
    title: "Law recognises environmental defenders and guarantees them a safe environment",
    question:
      "Does the law recognise people, groups and organisations that defend human rights in environmental matters, and oblige the state to guarantee them a safe and enabling environment in which to act?",
    guidance: [
      "The law makes no such provision.",
      "Defenders are mentioned only in general human-rights or policy texts, without obligations on the state.",
      "The law recognises defenders and their rights, but the state's duties are vague or cover only some authorities.",
      "The law recognises defenders, names their rights (life, integrity, expression, assembly, association, movement) and obliges the state to guarantee a safe and enabling environment.",
    ],
    refs: [["3(8)"], ["9(1)", "9(2)"]],
  },
  {
    id: "DEF.2",
    kind: "legal",
    g: "DEF",
    measures: "strength",
    title: "Law shields people from reprisals for exercising access rights",
    question:
      "Does the law forbid penalising, persecuting or harassing anyone for exercising the rights of access to information, participation and justice, including through abusive lawsuits or criminal charges aimed at silencing them?",
    guidance: [
      "The law makes no such provision, or its rules on protest, defamation or association are used to penalise people for exercising these rights.",
      "A general prohibition exists, but it is narrow or has wide exceptions.",
      "A clear prohibition exists, but there is no quick way to have abusive lawsuits or charges dismissed.",
      "A clear prohibition exists, with effective safeguards such as the early dismissal of abusive lawsuits and sanctions for those who bring them.",
    ],
    refs: [["3(8)"], ["9(2)"]],
  },
  {
    id: "DEF.3",
    kind: "legal",
    g: "DEF",
    measures: "strength",
    title: "Law requires attacks on defenders to be prevented, investigated and punished",
    question:
      "Does the law oblige the state to take timely measures to prevent, investigate and punish attacks, threats and intimidation against environmental defenders?",
    guidance: [
      "The law makes no such provision beyond ordinary criminal law.",
      "The obligation is stated in general terms only, with no specific procedure or responsible body.",
      "The obligation is specific, but covers only some of prevention, investigation and punishment, or sets no time frames.",
      "The law requires prevention, prompt and independent investigation and punishment of such attacks, and names the bodies responsible.",
    ],
    refs: [["3(8)"], ["9(3)"]],
  },
  {
    id: "DEF.4",
    kind: "legal",
    g: "DEF",
    measures: "strength",
    title: "Law sets up a protection mechanism for defenders at risk",
    question:
      "Does the law establish a mechanism that gives defenders at risk protective measures (risk assessment, early warning, physical or collective protection) in good time?",
    guidance: [
      "No such mechanism exists in law.",
      "A mechanism exists only in policy or as a pilot, with no secure mandate or budget.",
      "A mechanism exists in law, but it is limited in scope (some defenders or regions), slow, or without participation of the defenders concerned.",
      "A mechanism exists in law, with a secure mandate and budget, prompt protective measures and the participation of the defenders concerned.",
    ],
    refs: [[], ["9(2)", "9(3)"]],
  },
  {
    id: "PDEF.1",
    kind: "practice",
    g: "DEF",
    title: "Attacks and threats against defenders were investigated",
    question:
      "In practice, during the period assessed: were the reported killings, attacks, threats and intimidation against environmental defenders investigated promptly, with those responsible identified and prosecuted?",
    guidance: [
      "No: most reported cases were not investigated, or investigations stalled without result.",
      "Limited: some cases were investigated and a few led to prosecution, but many remained unresolved.",
      "Yes: reported cases were investigated promptly and most of those responsible were identified and prosecuted.",
    ],
    refs: [[], ["9(3)"]],
    description: "Not applicable when no attack, threat or intimidation was reported in the period.",
    evidence: {
      levels: ["2"],
      minSources: 1,
      why: "yes needs the record of the investigations (a court, prosecutor, national human-rights institution or international monitor of attacks on defenders)",
    },
  },
  {
    id: "PDEF.2",
    kind: "practice",
    g: "DEF",
    title: "Defenders at risk obtained protection in time",
    question:
      "In practice, during the period assessed: did defenders at risk who asked for protection obtain protective measures in time?",
    guidance: [
      "No: requests for protection were mostly refused, ignored or met too late, or there is no way to ask for it.",
      "Limited: some defenders obtained protection, but with long delays or measures that did not fit the risk.",
      "Yes: defenders who asked for protection generally obtained suitable measures in time.",
    ],
    refs: [[], ["9(2)"]],
    description: "Not applicable when no defender asked for protection in the period.",
  },
  {
    id: "PDEF.3",
    kind: "practice",
    g: "DEF",
    title: "People were free from reprisals for lawful environmental activism, from any source",
    question:
      "In practice, during the period assessed: were people who used their access rights or defended the environment lawfully free from reprisals for doing so, from any source: criminal charges, arbitrary detention or other measures by officials, and threats, attacks or abusive lawsuits by companies or other private actors?",
    guidance: [
      "No: there were several documented cases of such reprisals.",
      "Limited: there were isolated documented cases, or cases that courts dismissed only after a long ordeal.",
      "Yes: there was no credible documented case of such reprisals in the period, after a search of the sources that record them (courts, the national human-rights institution, international monitors of attacks on defenders).",
    ],
    refs: [["3(8)"], ["9(1)"]],
    evidence: {
      levels: ["2"],
      minSources: 1,
      why: "no documented case is only meaningful where documentation was looked for: name the sources searched",
    },
  },
];

// 1.1.0: how each practice indicator is assessed — The Access Initiative's method, practice through cases.
// [case types, look-back window in years, minimum cases, N/A condition or null]. The windows and minimums of
// EDI's practice questions are EDI's own (QoG codebook §3.30: "last five years", "past decade", "three …
// projects", "the most recent"); the others are this project's choice (3 years unless the event is rare).
// Direct answers stay accepted (required: false), so data written for 1.0.0 reads unchanged.
const PRACTICE = {
  "P1.1": [["request"], 2, 3, null],
  "P1.2": [["request", "publication"], 2, 3, null],
  "P2.1": [["monitoring"], 1, 1, null],
  "P2.2": [["monitoring"], 1, 1, null],
  "P3.1": [
    ["request"],
    3,
    1,
    "Not applicable when no request for environmental information was refused in the period.",
  ],
  "P4.1": [["facility", "monitoring"], 3, 1, null],
  "P4.2": [["facility"], 2, 1, null],
  "P5.1": [["publication"], 10, 1, null],
  "P6.1": [["emergency"], 3, 1, "Not applicable when no environmental emergency occurred in the period."],
  "P7.1": [["training"], 3, 1, null],
  "P7.2": [["outreach"], 3, 1, null],
  "P8.1": [["project"], 3, 3, null],
  "P9.1": [["project"], 3, 1, null],
  "P10.1": [["project"], 3, 1, null],
  "P10.2": [["facility"], 3, 1, null],
  "P10.3": [["project"], 3, 1, null],
  "P10.4": [["project"], 3, 1, "Not applicable when no forest-use contract was awarded in the period."],
  "P10.5": [["project"], 3, 1, "Not applicable when no forest-use contract was concluded in the period."],
  "P11.1": [["project"], 3, 3, null],
  "P12.1": [["project"], 3, 1, "Not applicable when no permit or approval was reconsidered in the period."],
  "P13.1": [["policy", "plan", "regulation"], 3, 1, null],
  "P13.2": [
    ["policy", "plan"],
    3,
    1,
    "Not applicable when no policy, plan or programme that may significantly affect the environment was adopted in the period.",
  ],
  "P14.1": [["training", "outreach"], 3, 1, null],
  "P14.2": [["project", "policy", "plan"], 3, 1, null],
  "P15.1": [["complaint"], 5, 1, null],
  "P16.1": [["litigation"], 5, 1, null],
  "P17.1": [["litigation"], 5, 1, null],
  "P17.2": [["litigation"], 5, 1, null],
  "P18.1": [["litigation"], 5, 1, null],
  "P19.1": [["enforcement", "litigation"], 5, 1, null],
  "P20.1": [["litigation"], 5, 1, null],
  "P20.2": [["litigation"], 10, 1, null],
  "P20.3": [["litigation"], 5, 1, null],
  "P21.1": [["litigation"], 5, 1, null],
  "P22.1": [
    ["litigation", "enforcement"],
    3,
    1,
    "Not applicable when no court order or administrative sanction fell due in the period.",
  ],
  "P23.1": [["publication"], 5, 1, null],
  "P24.1": [["litigation"], 3, 3, null],
  "P25.1": [["training"], 3, 1, null],
  "P25.2": [["training"], 3, 1, null],
  "P26.1": [["litigation", "mediation"], 5, 1, null],
  "PDEF.1": [["attack", "threat"], 3, 1, null],
  "PDEF.2": [["protection-request"], 3, 1, null],
  "PDEF.3": [["attack", "threat", "lawsuit", "detention"], 3, 1, null],
};
const casesOf = (id) => {
  const design = PRACTICE[id];
  if (!design) throw new Error(`practice indicator ${id} has no case design`);
  const [types, lookBackYears, min] = design;
  return { types, lookBackYears, min, combine: "mean", required: false };
};
const naOf = (id) => PRACTICE[id]?.[3] ?? null;

// 1.1.0: the legal indicators each practice indicator tests (law–practice pairs). Where a practice indicator
// checks one provision, it names it; otherwise it tests its group's legal indicators (the default below).
const TESTS = {
  "P1.1": ["1.4", "1.7"],
  "P4.1": ["4.1", "4.2"],
  "P4.2": ["4.4"],
  "P7.1": ["7.2"],
  "P7.2": ["7.3"],
  // 1.2.0: 13.5 (international forums) is no promise P13.1 or P13.2 tests; P13.2 is about policies, plans and
  // programmes, not binding rules (13.1).
  "P13.1": ["13.1", "13.2", "13.3", "13.4"],
  "P13.2": ["13.2", "13.3", "13.4"],
  "P14.1": ["14.1"],
  "P14.2": ["14.2"],
  "P16.1": ["16.1", "16.2", "16.3"],
  "P20.1": ["20.2"],
  "P20.2": ["20.1"],
  "P20.3": ["20.1"],
  "P25.1": ["25.1"],
  "P25.2": ["25.2"],
  "PDEF.1": ["DEF.3"],
  "PDEF.2": ["DEF.4"],
  "PDEF.3": ["DEF.1", "DEF.2"],
};

// 1.1.0: with no public-interest litigation (P16.1 "no"), costs can be neither awarded against litigants
// (P20.2, whose "no" would otherwise score best) nor to them (P20.3).
const NOT_APPLICABLE_WHEN = {
  "P20.2": [
    {
      indicator: "P16.1",
      answers: ["0"],
      why: "no public-interest case was filed, so no costs could be awarded",
    },
  ],
  "P20.3": [
    {
      indicator: "P16.1",
      answers: ["0"],
      why: "no public-interest case was filed, so no costs could be awarded",
    },
  ],
};

// EDI practice indicators whose "yes" is the bad outcome: in p10-2026 they are scored on the reversed scale,
// so that 2 still means "yes" in the data but counts as the worst level.
const REVERSED = {
  "P20.2": {
    guidance: {
      0: "No: no costs were awarded against public interest litigants in the period assessed.",
      1: "Limited: costs were awarded against public interest litigants, but rarely or in small amounts.",
      2: "Yes: costs were awarded against public interest litigants, deterring such cases.",
    },
    description:
      "Here yes is the bad outcome, so p10-2026 scores it on the reversed scale p10-practice-reversed (yes = 0, limited = 1, no = 2); answers keep EDI's codes.",
  },
};

// --- Build the tree ---
const nodes = [
  {
    id: "p10",
    level: "index",
    title: "principle10 environmental democracy framework",
    description:
      "Law and practice across the three access rights of Rio Principle 10: a law index from the legal indicators, a practice index from the practice indicators, and the gap between them. How indicators are combined is set by the method, not by the framework.",
  },
];
for (const [id, [title, description]] of Object.entries(PILLARS))
  nodes.push({ id, level: "pillar", parent: "p10", title, description });

const ediByGroup = new Map();
for (const r of ediRows) {
  const list = ediByGroup.get(Number(r.guideline)) ?? [];
  list.push(r);
  ediByGroup.set(Number(r.guideline), list);
}
const newByGroup = new Map();
for (const i of NEW_INDICATORS) {
  const list = newByGroup.get(i.g) ?? [];
  list.push(i);
  newByGroup.set(i.g, list);
}
const refsOf = (bali, [aarhus, escazu]) => ({ bali: [bali], aarhus, escazu });

const ediIndicator = (r, references) => {
  const source = ediNode.get(r.id);
  if (!source || source.kind !== r.kind)
    throw new Error(`edi-2015.json lacks indicator ${r.id} of kind ${r.kind}`);
  const reversed = REVERSED[r.id];
  const na = r.kind === "practice" ? naOf(r.id) : null;
  const description = [reversed?.description, na].filter(Boolean).join(" ");
  return {
    id: r.id,
    level: "indicator",
    parent: `G${r.guideline}`,
    kind: r.kind,
    title: source.title,
    ...(description ? { description } : {}),
    question: source.question,
    guidance: reversed ? reversed.guidance : source.guidance,
    scale: r.kind === "legal" ? "p10-legal" : reversed ? "p10-practice-reversed" : "p10-practice",
    scored: true,
    measures: source.measures,
    references,
    ...(r.kind === "practice" ? { cases: casesOf(r.id) } : {}),
    ...(NOT_APPLICABLE_WHEN[r.id] ? { notApplicableWhen: NOT_APPLICABLE_WHEN[r.id] } : {}),
  };
};

const newIndicator = (i, parent, references) => {
  const description = [i.description, i.kind === "practice" ? naOf(i.id) : null].filter(Boolean).join(" ");
  return {
    id: i.id,
    level: "indicator",
    parent,
    kind: i.kind,
    title: i.title,
    ...(description ? { description } : {}),
    question: i.question,
    guidance: guidance(i.kind === "legal" ? LEGAL_LEVELS : PRACTICE_LEVELS, i.guidance),
    scale: i.kind === "legal" ? "p10-legal" : "p10-practice",
    scored: true,
    measures: i.kind === "legal" ? i.measures : "practice",
    references: i.refs ? { bali: references.bali, aarhus: i.refs[0], escazu: i.refs[1] } : references,
    ...(i.kind === "practice" ? { cases: casesOf(i.id) } : {}),
    ...(i.evidence ? { evidence: i.evidence } : {}),
  };
};

// Legal indicators first, then practice ones, each by the number after the id's last dot (within a group and
// kind the ids share their prefix, so this is id order, with EDI's ids before the new ones).
const serial = (id) => Number(id.slice(id.lastIndexOf(".") + 1));
const byKindThenId = (a, b) =>
  (a.kind === b.kind ? 0 : a.kind === "legal" ? -1 : 1) || serial(a.id) - serial(b.id);

const pushGroup = (groupNode, members) => {
  nodes.push(groupNode);
  nodes.push(...members.sort(byKindThenId));
};

for (const pillar of Object.keys(PILLARS)) {
  for (const [gText, [gPillar, newTitle, summary]] of Object.entries(GUIDELINES)) {
    if (gPillar !== pillar) continue;
    const g = Number(gText);
    const references = refsOf(g, ARTICLES[g]);
    const ediMembers = ediByGroup.get(g) ?? [];
    const title = ediMembers[0]?.guideline_title ?? newTitle;
    if (!title) throw new Error(`guideline ${g} has no title`);
    pushGroup(
      {
        id: `G${g}`,
        level: "group",
        parent: pillar,
        title,
        description: `Bali Guideline ${g}. ${summary}`,
        references,
      },
      [
        ...ediMembers.map((r) => ediIndicator(r, references)),
        ...(newByGroup.get(g) ?? []).map((i) => newIndicator(i, `G${g}`, references)),
      ],
    );
  }
  if (pillar === "justice") {
    const groupRefs = { bali: [], aarhus: DEFENDERS.articles[0], escazu: DEFENDERS.articles[1] };
    const indicatorRefs = { bali: [], aarhus: DEFENDERS.articles[0], escazu: DEFENDERS.articles[1] };
    pushGroup(
      {
        id: DEFENDERS.id,
        level: "group",
        parent: "justice",
        title: DEFENDERS.title,
        description: DEFENDERS.description,
        references: groupRefs,
      },
      (newByGroup.get("DEF") ?? []).map((i) => newIndicator(i, DEFENDERS.id, indicatorRefs)),
    );
  }
}

// Law–practice pairs: every practice indicator names the legal indicators it tests (default: its group's).
for (const i of nodes.filter((n) => n.level === "indicator" && n.kind === "practice")) {
  const legal = nodes.filter((n) => n.level === "indicator" && n.kind === "legal" && n.parent === i.parent);
  const tests = TESTS[i.id] ?? legal.map((n) => n.id);
  for (const id of tests)
    if (!legal.some((n) => n.id === id))
      throw new Error(`${i.id} tests ${id}, not a legal indicator of its group`);
  i.tests = tests;
}

// --- Checks (fail loudly rather than write a framework that breaks the promises in its description) ---
const indicators = nodes.filter((n) => n.level === "indicator");
const ids = new Set();
for (const n of nodes) {
  if (ids.has(n.id)) throw new Error(`duplicate id ${n.id}`);
  ids.add(n.id);
}
for (const r of ediRows) if (!ids.has(r.id)) throw new Error(`EDI indicator ${r.id} missing`);
for (const group of nodes.filter((n) => n.level === "group")) {
  const kinds = new Set(indicators.filter((i) => i.parent === group.id).map((i) => i.kind));
  if (!kinds.has("legal") || !kinds.has("practice"))
    throw new Error(`group ${group.id} lacks a legal or a practice indicator`);
}
for (const i of indicators) {
  const wanted = i.parent === DEFENDERS.id ? 0 : 1;
  if (i.references.bali.length !== wanted)
    throw new Error(`indicator ${i.id} needs ${wanted === 0 ? "no" : "one"} Bali reference`);
}
const count = (kind) => indicators.filter((i) => i.kind === kind).length;

const practiceLevels = (title, values) => ({
  title,
  levels: [
    { code: "0", label: "No", value: values[0] },
    { code: "1", label: "Limited", value: values[1] },
    { code: "2", label: "Yes", value: values[2] },
  ],
});
const reversedLevels = practiceLevels("", ["2", "1", "0"]).levels.reverse();

const framework = {
  $schema: "../schema/framework.schema.json",
  id: "p10-2026",
  version: VERSION,
  title: "principle10 environmental democracy framework (2026)",
  description: [
    `principle10's own framework: law, practice and the gap between them across all 26 UNEP Bali Guidelines, plus the protection of environmental defenders (Escazú Art. 9) as a 27th group in the justice pillar; ${count("legal")} legal indicators scored 0–3 and ${count("practice")} practice indicators scored no/limited/yes (0/1/2), every group holding both kinds.`,
    `It extends the Environmental Democracy Index (edi-2015): EDI's 75 legal and 24 practice indicators keep their ids, kinds, guideline groups and answer codes, so EDI-shaped data reads unchanged (the crosswalk data/crosswalks/edi-2015_to_p10-2026.json is the identity); unlike EDI, practice indicators are scored here, feeding a practice index, and P20.2, whose yes is the bad outcome, is scored on a reversed scale.`,
    "New indicators cover what EDI leaves out: capacity building (Guidelines 7, 14 and 25), deadlines for answering information requests (Aarhus 4(2), Escazú 5(12)), pollutant release and transfer registers (Aarhus 5(9) and its PRTR Protocol, Escazú 6(4)), defenders (Escazú Art. 9(1)–(3), Aarhus 3(8); no Bali guideline covers defenders, so they cite none), and practice indicators for guidelines EDI rated in law only.",
    "Since 1.1.0 every practice indicator may be assessed through cases (The Access Initiative's method): each declares the case types it accepts, a look-back window and a minimum number of cases; P20.2 and P20.3 are not applicable when no public-interest case was filed (P16.1 no); PDEF.1 and PDEF.3 need a source for yes.",
    "1.2.0 adds what a domain review found missing: challenges to public authorities' breaches of substantive environmental law (17.5; Aarhus 9(3)), consultation of indigenous peoples (9.3; Escazú 7(15)), an independent information oversight body (15.4; Escazú 5(18)), help with evidence and the burden of proof (19.6; Escazú 8(3)(e)), company disclosure (4.5; Aarhus 5(6), Escazú 6(13)), participation in international forums (13.5; Aarhus 3(7), Escazú 7(12)), and practice on the quality of information released (P1.2) and on strategic environmental assessment and answered comments for policies and plans (P13.2; Aarhus 7, Escazú 7(3)).",
    "Titles, questions and guidance are this project's own words, not the wording of EDI, the Bali Guidelines or the treaties; Aarhus and Escazú references are this project's reading.",
  ].join(" "),
  source:
    "EDI part: data/sources/edi-2015-indicators.csv and data/frameworks/edi-2015.json (see their sources). Structure and new indicators: the UNEP Bali Guidelines (2010), the Aarhus Convention (1998) and its PRTR Protocol (2003), the Escazú Agreement (2018), and The Access Initiative's law-versus-practice approach; written for principle10 by scripts/make-p10-framework.mjs.",
  scales: [
    // The legal scale and the answer tokens are EDI's, so EDI data reads unchanged.
    {
      id: "p10-legal",
      title: "Legal indicator (0–3)",
      levels: EDI_LEGAL.levels,
      ...TOKENS,
    },
    {
      id: "p10-practice",
      ...practiceLevels("Practice indicator (no / limited / yes)", ["0", "1", "2"]),
      ...TOKENS,
    },
    {
      id: "p10-practice-reversed",
      title: "Practice indicator where yes is the bad outcome (yes = 0, limited = 1, no = 2)",
      levels: reversedLevels,
      ...TOKENS,
    },
  ],
  nodes,
};

const crosswalk = {
  id: "edi-2015_to_p10-2026",
  description:
    "Maps every indicator of edi-2015 to the p10-2026 indicator that asks the same question on the same answer codes: the identity on all 99 ids, since p10-2026 keeps EDI's ids, kinds and guideline groups. Only the scoring differs: p10-2026 scores practice indicators, and P20.2 on a reversed scale.",
  from: { framework: "edi-2015", version: edi.version },
  to: { framework: "p10-2026", version: VERSION },
  map: Object.fromEntries(ediRows.map((r) => [r.id, r.id])),
};

// The crosswalk from the previous version: every 1.0.0 indicator is kept under its id and answer codes.
const currentIds = new Set(indicators.map((i) => i.id));
const previousIds = PREVIOUS.nodes.filter((n) => n.level === "indicator").map((n) => n.id);
for (const id of previousIds) if (!currentIds.has(id)) throw new Error(`1.0.0 indicator ${id} was dropped`);
const versionCrosswalk = {
  id: `p10-2026-${PREVIOUS.version}_to_p10-2026-${VERSION}`,
  description: `Maps every indicator of p10-2026 ${PREVIOUS.version} to the same id in ${VERSION}: questions, scales and answer codes are kept. ${VERSION} adds eight indicators (4.5, 9.3, 13.5, 15.4, 17.5, 19.6, P1.2, P13.2; see CHANGELOG and data/sources/p10-2026-references.md), which no ${PREVIOUS.version} data answers: scored through this crosswalk they count as missing, so group, pillar and index scores of the two versions differ wherever the new indicators would have weighed in. P13.1 now tests 13.1–13.4 only.`,
  from: { framework: "p10-2026", version: PREVIOUS.version },
  to: { framework: "p10-2026", version: VERSION },
  map: Object.fromEntries(previousIds.map((id) => [id, id])),
};

emit("data/frameworks/p10-2026.json", `${JSON.stringify(framework, null, 2)}\n`);
emit(
  `data/crosswalks/p10-2026-${PREVIOUS.version}_to_p10-2026-${VERSION}.json`,
  `${JSON.stringify(versionCrosswalk, null, 2)}\n`,
);
emit("data/crosswalks/edi-2015_to_p10-2026.json", `${JSON.stringify(crosswalk, null, 2)}\n`);
const groups = nodes.filter((n) => n.level === "group").length;
console.log(
  `p10-2026: ${Object.keys(PILLARS).length} pillars, ${groups} groups, ${count("legal")} legal and ${count("practice")} practice indicators; crosswalk: ${Object.keys(crosswalk.map).length} ids`,
);
