// The planted problems of seeds/edi-2015-broken.csv as LINE:COLUMN SEVERITY CODE, in the order the
// reader reports them; seeds/README.md lists the same, with what each line does wrong.
export const BROKEN_EXPECTED = [
  "1:8 error P10_CSV_UNEXPECTED_COLUMN",
  "6:4 error P10_UNKNOWN_INDICATOR",
  "7:5 error P10_RESPONSE_OFF_SCALE",
  "8:5 error P10_RESPONSE_OFF_SCALE",
  "9:1 error P10_EMPTY_ENTITY",
  "10:3 error P10_EMPTY_PERIOD",
  "11:4 error P10_EMPTY_INDICATOR",
  "12:9 error P10_CSV_FIELD_COUNT",
  "13:5 error P10_CSV_FIELD_COUNT",
  "14:5 warning P10_DUPLICATE_ANSWER",
  "15:5 error P10_CONFLICTING_ANSWER",
  "16:2 error P10_ENTITY_NAME_CONFLICT",
  "17:5 error P10_CSV_QUOTE",
  "18:6 error P10_CSV_QUOTE",
  "22:7 error P10_CSV_QUOTE",
];
